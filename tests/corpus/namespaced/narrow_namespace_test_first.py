# proves: an inert test on another metadata field before the name test looks at nothing that can fail
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.namespace == namespace and job.metadata.name == name:
            return job.metadata.labels
    return None
