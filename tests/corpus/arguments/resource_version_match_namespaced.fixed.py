# proves: resource_version with resource_version_match on a namespaced list: the field selector keeps both
# expect: KUB005 fixed: resource_version asks for a possibly cached version

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    maps = api.list_namespaced_config_map(
        namespace,
        resource_version="0",
        resource_version_match="NotOlderThan",
        field_selector=name_selector(name),
    )
    return next((m for m in maps.items if m.metadata.name == name), None)
