# proves: a loop at the end of a function falls off it, returning None
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
