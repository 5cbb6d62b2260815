# proves: bool([...]) keeps the bool() call around exists()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return bool([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name])
