# proves: a trailing comment on the loop's line goes with the loop the fix replaces, not above the read
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:  # every job in the namespace
        if job.metadata.name == name:
            return True
    return False
