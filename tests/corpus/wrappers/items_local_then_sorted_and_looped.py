# proves: the response bound, its items bound, then sorted by name into a third local that a loop searches and does work on: followed through every local and wrapper, the list is narrowed and the loop stays
# expect: KUB001 fixed

def lookup(api, namespace, name):
    response = api.list_namespaced_config_map(namespace)
    items = response.items
    ordered = sorted(items, key=lambda c: c.metadata.name)
    for config_map in ordered:
        if config_map.metadata.name == name:
            data = config_map.data or {}
            return sorted(data)
    return None
