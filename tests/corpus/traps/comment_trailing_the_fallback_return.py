# proves: the fallback's trailing comment goes with the fallback; it never lands on the new return
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True  # found
    return False  # none
