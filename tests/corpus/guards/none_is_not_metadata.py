# proves: a guard written `None is not j.metadata` (None first) is the same guard as `j.metadata is not None`: true of every object the server sends, so the search is a lookup
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if None is not job.metadata and job.metadata.name == name:
            return job
    return None
