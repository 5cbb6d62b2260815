# proves: found = False; jobs = list...; for: the list binding between the flag and the loop
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = False
    jobs = api.list_namespaced_job(namespace).items
    for job in jobs:
        if job.metadata.name == name:
            found = True
            break
    return found
