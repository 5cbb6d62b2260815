# proves: `resp.items or []` bound to a local first is still the items
# expect: KUB001 fixed

def lookup(api, namespace, name):
    resp = api.list_namespaced_config_map(namespace)
    maps = resp.items or []
    for config_map in maps:
        if config_map.metadata.name == name:
            return config_map.data
    return None
