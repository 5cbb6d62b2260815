# proves: a global flag keeps its old value where the read raises, and calls may change it: the flag code stays, only the list is narrowed
# expect: KUB001 fixed

FOUND = None


def lookup(api, namespace, name):
    global FOUND
    FOUND = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            FOUND = True
            break
    return FOUND
