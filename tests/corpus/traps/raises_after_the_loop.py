# proves: a loop that raises when nothing matched still raises: only the list is narrowed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    raise LookupError(name)
