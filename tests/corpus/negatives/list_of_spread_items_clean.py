# proves: list(*items) spreads the items over list()'s parameters (a TypeError for two or more): no wrapper, no lookup to keep
# expect: clean

def lookup(api, namespace, name):
    for job in list(*api.list_namespaced_job(namespace).items):
        if job.metadata.name == name:
            return job
    return None
