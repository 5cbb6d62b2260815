# proves: the items bound to a local, then copied with list() into another: the wrapper around the local's one read hands the items on, so the search of the copy is a lookup and the read replaces all three statements
# expect: KUB001 fixed

def lookup(api, namespace, name):
    listed = api.list_namespaced_pod(namespace).items
    pods = list(listed)
    return any(p.metadata.name == name for p in pods)
