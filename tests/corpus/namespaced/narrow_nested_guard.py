# proves: a name test nested under a guard that does not look at the item
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for d in api.list_namespaced_deployment(namespace).items:
        if name is not None:
            if d.metadata.name == name:
                return d.metadata.labels
    return None
