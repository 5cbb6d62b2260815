# proves: a substring match is not a lookup by name
# expect: clean

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if name in j.metadata.name]
