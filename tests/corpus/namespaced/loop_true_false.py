# proves: DolphinScheduler's jobExist: return True in the loop, False after it
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
