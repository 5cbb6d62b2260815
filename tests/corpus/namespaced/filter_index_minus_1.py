# proves: [...][-1] is the same single match
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    job = [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name][-1]
    return job
