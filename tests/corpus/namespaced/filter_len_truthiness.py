# proves: `if len(matches):` is existence
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    if len([j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]):
        return 1
    return 0
