# proves: the response copied to another local before its items are searched (`jobs = response`) is followed through the copy
# expect: KUB001 fixed

def lookup(api, namespace, name):
    response = api.list_namespaced_config_map(namespace)
    maps = response
    for config_map in maps.items:
        if config_map.metadata.name == name:
            return config_map
    return None
