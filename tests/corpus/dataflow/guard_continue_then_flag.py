# proves: the guard with a flag set and break
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if name != job.metadata.name:
            continue
        found = job
        break
    return found
