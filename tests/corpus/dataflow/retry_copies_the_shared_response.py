# proves: a response bound before a retry and again in it, then copied to another local whose items are searched: the copy's read is shared by both responses, so each call keeps its response and is narrowed with a field selector
# expect: KUB005 fixed

def lookup(api, namespace, name):
    response = api.list_namespaced_config_map(namespace)
    for attempt in range(2):
        response = api.list_namespaced_config_map(namespace)
    listed = response
    for item in listed.items:
        if item.metadata.name == name:
            return item
    return None
