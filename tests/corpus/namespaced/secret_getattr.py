# proves: getattr(item.metadata, 'name') is the same comparison
# expect: KUB001 fixed

def lookup(api, ns, name):
    return any(getattr(s.metadata, "name") == name for s in api.list_namespaced_secret(ns).items)
