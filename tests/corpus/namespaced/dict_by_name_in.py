# proves: name not in {item name: item} is not exists()
# expect: KUB001 fixed

def lookup(api, namespace, name):
    return name not in {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
