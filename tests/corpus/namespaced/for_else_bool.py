# proves: for/else: the else branch is the fallback
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    else:
        return False
