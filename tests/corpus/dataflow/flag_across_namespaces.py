# proves: a miss in the second namespace must not reset a hit in the first
# expect: KUB001 not fixed: the search runs again in a loop around it

def lookup(api, namespace, name):
    found = False
    for ns in (namespace, "other"):
        for job in api.list_namespaced_job(ns).items:
            if job.metadata.name == name:
                found = True
                break
    return found
