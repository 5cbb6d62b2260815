# proves: the flag set before a try keeps its value where the read raises, as where the list did
# expect: KUB001 fixed

def lookup(api, namespace, name):
    found = None
    try:
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                found = job
                break
    except ValueError:
        return "invalid"
    return found
