# proves: returning the matching job, and None after the loop, becomes read_or_none()
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    return None
