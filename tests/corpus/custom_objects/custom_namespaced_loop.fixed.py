# proves: custom objects: dict items, group/version/plural carried as keywords
# expect: KUB003 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
