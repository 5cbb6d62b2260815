# proves: resource_version with resource_version_match on a namespaced list: the field selector keeps both
# expect: KUB005 fixed: resource_version asks for a possibly cached version

def lookup(api, namespace, name):
    maps = api.list_namespaced_config_map(
        namespace, resource_version="0", resource_version_match="NotOlderThan"
    )
    return next((m for m in maps.items if m.metadata.name == name), None)
