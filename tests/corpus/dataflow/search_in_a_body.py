# proves: a search inside the next statement's body may not run at all
# expect: KUB001 not fixed: does not always run right after the list call

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    if name:
        return any(j.metadata.name == name for j in jobs)
    return False
