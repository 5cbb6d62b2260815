# proves: an `or` of two names needs the list
# expect: clean

def lookup(batch, namespace, name):
    return any(
        j.metadata.name == name or j.metadata.name == name + "-retry"
        for j in batch.list_namespaced_job(namespace).items
    )
