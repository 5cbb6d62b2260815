# proves: a call between the list and the search: the idiomatic rewrite would move the list past it, so the list is narrowed where it is instead
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    batch.delete_namespaced_job(name, namespace)
    return any(j.metadata.name == name for j in jobs)
