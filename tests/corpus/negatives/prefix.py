# proves: a prefix match is not a lookup by name
# expect: clean

def lookup(batch, namespace, name):
    return any(j.metadata.name.startswith(name) for j in batch.list_namespaced_job(namespace).items)
