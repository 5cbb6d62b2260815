# proves: a fallback call after the loop must not run before the read: the loop and its fallback stay, the list is narrowed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return dict(name=name)
