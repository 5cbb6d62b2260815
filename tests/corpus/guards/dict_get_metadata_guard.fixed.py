# proves: a custom object guarded by `o.get("metadata")` before its name is read is the same lookup
# expect: KUB003 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.get_namespaced_custom_object,
        name=name,
        group="example.com",
        version="v1",
        namespace=namespace,
        plural="widgets",
    )
