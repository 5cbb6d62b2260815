# proves: a nested function's own `job` parameter is not the loop variable
# expect: KUB001 fixed

def lookup(api, namespace, name):
    def describe(job):
        return job.metadata.name

    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
