# proves: a call between the list and the search could change the list
# expect: KUB001 not fixed: could change its result

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    batch.delete_namespaced_job(name, namespace)
    return any(j.metadata.name == name for j in jobs)
