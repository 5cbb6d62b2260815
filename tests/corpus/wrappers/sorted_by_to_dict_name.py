# proves: a sort key reading the name through to_dict() looks at a field every object has: the sorted items are the same items
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    for job in sorted(jobs, key=lambda j: j.to_dict()["metadata"]["name"]):
        if job.metadata.name == name:
            return True
    return False
