# proves: {name: ...} raises TypeError for an unhashable name: read by name with that default it would run before the API call (unsafe), so the list is narrowed instead and the default runs where it did
# expect: KUB001 fixed

def lookup(api, namespace, name):
    by_name = {j.metadata.name: j for j in api.list_namespaced_job(namespace).items}
    return by_name.get(name, {name: None})
