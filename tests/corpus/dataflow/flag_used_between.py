# proves: a flag loop that does more than set the flag
# expect: KUB001 not fixed: the loop does more than find the match

def lookup(api, namespace, name):
    found = None
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            print("found")
            break
    return found
