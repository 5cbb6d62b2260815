# proves: a trailing comment on the name test goes with the test the fix replaces
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:  # exact match, names are unique here
            return job
    return None
