# proves: list_custom_object_for_all_namespaces searched by name and a literal namespace reads the one object from that namespace
# expect: KUB003 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.get_namespaced_custom_object,
        name=name,
        group="example.com",
        version="v1",
        plural="widgets",
        namespace="jobs",
    )
