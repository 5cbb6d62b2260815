# proves: watch=False (the client README's phrasing) is a plain list: select on the server
# expect: KUB005 fixed

def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces(watch=False).items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
