# proves: resource_version on a cluster-scoped list: narrowed by a field selector, the argument kept
# expect: KUB005 fixed: resource_version asks for a possibly cached version

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    names = [
        pv.metadata.name
        for pv in api.list_persistent_volume(
            resource_version="0", field_selector=name_selector(name)
        ).items
    ]
    return name in names
