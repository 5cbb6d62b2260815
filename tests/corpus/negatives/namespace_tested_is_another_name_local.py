# proves: the name copied into a local first, then tested with another namespace than the list's: still a search of another namespace, no lookup (a metamorphic variant of namespace_tested_is_another got a fix once)
# expect: clean

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        current = job.metadata.name
        if current == name and job.metadata.namespace == "kube-system":
            return job
    return None
