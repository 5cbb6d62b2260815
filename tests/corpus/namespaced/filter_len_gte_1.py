# proves: len(matches) >= 1 is existence
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]) >= 1
