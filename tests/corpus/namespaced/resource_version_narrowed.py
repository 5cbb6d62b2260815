# proves: resource_version may answer from a cache: a read cannot ask for that, a field selector on the same list keeps it
# expect: KUB005 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, resource_version="0").items
    return any(j.metadata.name == name for j in jobs)
