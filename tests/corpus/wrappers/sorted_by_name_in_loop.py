# proves: items sorted by a metadata field every object has (the name, in reverse) are the same items: the loop over them is a lookup
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    for job in sorted(jobs, key=lambda j: j.metadata.name, reverse=True):
        if job.metadata.name == name:
            return job
    return None
