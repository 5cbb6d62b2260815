# proves: the name may stand on either side of ==
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return any(name == j.metadata.name for j in batch.list_namespaced_job(namespace).items)
