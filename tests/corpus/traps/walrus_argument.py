# proves: an assignment expression passed to the list stays parenthesised in the read
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(ns := namespace).items:
        if job.metadata.name == name:
            return True
    return False
