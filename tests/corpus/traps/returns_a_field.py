# proves: the match returns a field of the item: the loop stays, over the read's item
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job.metadata.uid
    return None
