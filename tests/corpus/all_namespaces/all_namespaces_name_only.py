# proves: by name only, the object may be in several namespaces: filter on the server
# expect: KUB005 fixed

def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces().items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
