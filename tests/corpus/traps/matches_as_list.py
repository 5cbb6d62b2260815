# proves: the filtered list itself is the result: the 0-or-1-item list of the read is that list
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]
