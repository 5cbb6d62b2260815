# proves: `if j.metadata and j.metadata.name == name` guards against objects no cluster sends: the guard cannot change which item matches
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata and job.metadata.name == name:
            return True
    return False
