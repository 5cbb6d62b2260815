# proves: name not in {item names} becomes not exists()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return name not in {j.metadata.name for j in batch.list_namespaced_job(namespace).items}
