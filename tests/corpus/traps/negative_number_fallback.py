# proves: -1 is a number, not arithmetic that could raise: the default is safe
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return -1
