# proves: jobs = list call; for job in jobs.items: the assignment goes, the loop is rewritten
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace)
    for job in jobs.items:
        if job.metadata.name == name:
            return True
    return False
