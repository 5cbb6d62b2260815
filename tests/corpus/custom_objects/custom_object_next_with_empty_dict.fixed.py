# proves: next(..., {}): a new empty dict has no side effects and cannot raise
# expect: KUB003 fixed

from k8s_lint.runtime import read_or_default


def lookup(api, namespace, name):
    return read_or_default(
        {},
        api.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
