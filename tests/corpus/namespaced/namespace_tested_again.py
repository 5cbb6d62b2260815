# proves: every item of a namespaced list is in its namespace: testing it again changes nothing
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name and job.metadata.namespace == namespace:
            return job
    return None
