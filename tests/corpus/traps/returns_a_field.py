# proves: the match returns a field of the item: the reason says so
# expect: KUB001 not fixed: the match returns a value computed from the item

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job.metadata.uid
    return None
