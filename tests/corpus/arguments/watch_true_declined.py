# proves: watch=True streams changes: no fix keeps that, and the reason names the argument
# expect: KUB001 not fixed: watch=True streams changes

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, watch=True).items
    return any(j.metadata.name == name for j in jobs)
