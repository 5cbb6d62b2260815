# proves: a dict keyed by name built with a guard the name implies (`if o.get("metadata")`) and read with one name: narrowed like the unguarded dict
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
