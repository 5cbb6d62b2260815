# proves: a fallback call would run before the read, even when the object exists
# expect: KUB001 not fixed: the fallback after the loop may have side effects

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return dict(name=name)
