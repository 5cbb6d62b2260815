# proves: reversed() hands the same items to next(): a lookup
# expect: KUB001 fixed

def lookup(api, namespace, name):
    services = api.list_namespaced_service(namespace).items
    return next((s for s in reversed(services) if s.metadata.name == name), None)
