# proves: a flag that starts at another value keeps it when nothing matches
# expect: KUB001 fixed

MISSING = "missing"


def lookup(api, namespace, name):
    found = MISSING
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            found = job
            break
    return found
