# proves: list(items) is a copy with the same members: any() over it is a lookup
# expect: KUB001 fixed

def lookup(api, namespace, name):
    pods = list(api.list_namespaced_pod(namespace).items)
    return any(p.metadata.name == name for p in pods)
