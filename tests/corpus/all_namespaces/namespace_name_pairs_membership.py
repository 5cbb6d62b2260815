# proves: (namespace, name) pairs of every Pod, tested with one pair: only the pairs with that name can match, so the list across namespaces is narrowed on the server by the name
# expect: KUB005 fixed

def lookup(api, namespace, name):
    pairs = {(p.metadata.namespace, p.metadata.name) for p in api.list_pod_for_all_namespaces().items}
    return (namespace, name) in pairs
