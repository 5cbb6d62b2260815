# proves: watch=False (as in the client's examples) is a plain list: dropped from the read
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace, watch=False).items:
        if job.metadata.name == name:
            return True
    return False
