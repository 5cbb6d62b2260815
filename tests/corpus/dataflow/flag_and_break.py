# proves: found = None; for ...: if match: found = item; break  ->  found = read_or_none(...)
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    if found is None:
        return "missing"
    return found.metadata.uid
