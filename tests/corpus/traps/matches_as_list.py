# proves: the filtered list itself is the result
# expect: KUB001 not fixed: used as a list

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name]
