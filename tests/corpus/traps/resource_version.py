# proves: resource_version may answer from a cache
# expect: KUB001 not fixed: resource_version

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, resource_version="0").items
    return any(j.metadata.name == name for j in jobs)
