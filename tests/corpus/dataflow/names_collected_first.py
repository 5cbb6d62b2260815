# proves: names = [item names]; name in names: both assignments go
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    names = [job.metadata.name for job in jobs]
    if name in names:
        return "present"
    return "missing"
