# proves: a disjunct about the item's status is no guard the name implies (a Job without status is skipped by the list, not by a read): not reported
# expect: clean

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.status is None or job.metadata.name != name:
            continue
        return True
    return False
