# proves: for/else returning the item or None
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if name == job.metadata.name:
            return job
    else:
        return None
