# proves: moving the list call into a branch would skip it (and its errors) when the branch is not taken
# expect: KUB001 not fixed: does not always run right after the list call

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace).items
    return bool(name) and any(j.metadata.name == name for j in jobs)
