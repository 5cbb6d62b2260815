# proves: a flag loop in a loop over namespaces: a miss in the second namespace must not reset a hit in the first, so the flag code stays and only each list is narrowed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = False
    for ns in (namespace, "other"):
        for job in api.list_namespaced_job(ns).items:
            if job.metadata.name == name:
                found = True
                break
    return found
