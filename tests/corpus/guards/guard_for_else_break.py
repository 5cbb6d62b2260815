# proves: a guarded test in a for/else that breaks on the match keeps the loop and narrows the list
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata is not None and job.metadata.name == name:
            break
    else:
        return "missing"
    return "present"
