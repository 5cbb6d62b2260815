# proves: a search inside the next statement's body may not run at all: the list is narrowed where it is, not moved into the body
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    if name:
        return any(j.metadata.name == name for j in jobs)
    return False
