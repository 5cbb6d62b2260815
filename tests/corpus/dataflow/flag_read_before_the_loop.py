# proves: the flag is used after its first value, before the loop: the flag code stays and only the list is narrowed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = False
    print(found)
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
            break
    return found
