# proves: name in [item names] becomes exists()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return name in [j.metadata.name for j in batch.list_namespaced_job(namespace).items]
