# proves: d[name] keeps raising KeyError(name) when absent
# expect: KUB001 fixed

def lookup(api, namespace, name):
    by_name = {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
    return by_name[name]
