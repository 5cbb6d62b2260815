# proves: comments inside the replaced code move above the new code, in order
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace)  # every job, for now
    for job in jobs.items:
        # names are unique within a namespace
        if job.metadata.name == name:
            return True
    return False
