# proves: a global flag keeps its old value where the read raises, and calls may change it
# expect: KUB001 not fixed: `FOUND` is declared global or nonlocal

FOUND = None


def lookup(api, namespace, name):
    global FOUND
    FOUND = False
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            FOUND = True
            break
    return FOUND
