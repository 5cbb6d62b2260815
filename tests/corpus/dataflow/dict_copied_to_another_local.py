# proves: a plain copy of the local holding the matches dict (`by_name = result`) is the same dict: followed, and the lookup fixed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    result = {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
    by_name = result
    return by_name.get(name)
