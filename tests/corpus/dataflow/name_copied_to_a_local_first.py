# proves: the loop body copies the item's name into a local, then tests the local: the same test, so the list is narrowed (the local is not read after the loop)
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for deployment in api.list_namespaced_deployment(namespace).items:
        current = deployment.metadata.name
        if current == name:
            return deployment.metadata.labels
    return None
