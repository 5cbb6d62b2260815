# proves: {item name: item}.get(name) is read_or_none()
# expect: KUB001 fixed

def lookup(api, namespace, name):
    by_name = {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
    return by_name.get(name)
