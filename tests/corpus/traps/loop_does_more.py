# proves: a loop whose match branch does more than return is flagged, not rewritten
# expect: KUB001 not fixed: the loop does more than find the match

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            print("found", name)
            return True
    return False
