# proves: the flag is used after its first value, before the loop
# expect: KUB001 not fixed: `found` is used between its first value and the loop

def lookup(api, namespace, name):
    found = False
    print(found)
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = True
            break
    return found
