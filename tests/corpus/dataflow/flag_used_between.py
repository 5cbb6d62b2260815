# proves: a flag loop that does more than set the flag: the loop stays and runs once for the match
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            print("found")
            break
    return found
