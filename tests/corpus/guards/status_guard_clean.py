# proves: a guard on the status can change the answer (a Job without status is skipped): no lookup to rewrite
# expect: clean

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.status.active and job.metadata.name == name:
            return True
    return False
