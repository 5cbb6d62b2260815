# proves: a namespaced list searched for another namespace finds nothing: not a lookup
# expect: clean

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name and job.metadata.namespace == "kube-system":
            return job
    return None
