# proves: a loop whose match branch does more than return: the branch runs as before, for the one match
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
