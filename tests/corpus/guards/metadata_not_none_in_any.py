# proves: `p.metadata is not None and ...` inside any() is the same lookup
# expect: KUB001 fixed

def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace).items
    return any(p.metadata is not None and p.metadata.name == name for p in pods)
