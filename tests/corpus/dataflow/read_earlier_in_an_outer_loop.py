# proves: in a polling loop, a read above the search sees the last round's loop variable
# expect: KUB001 not fixed: the loop variable is used after the loop

def lookup(api, namespace, name):
    job = None
    while True:
        if job is not None:
            return job
        for job in api.list_namespaced_job(namespace).items:
            if job.metadata.name == name:
                return True
        return False
