# proves: moving the list call into a branch would skip it when the branch is not taken: the list is narrowed where it is instead
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    return bool(name) and any(j.metadata.name == name for j in jobs)
