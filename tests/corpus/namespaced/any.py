# proves: any(item.metadata.name == name for item in ...items) becomes exists()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
