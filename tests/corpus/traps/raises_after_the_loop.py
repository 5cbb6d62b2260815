# proves: a loop that raises when nothing matched
# expect: KUB001 not fixed: the loop ends by raising

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job
    raise LookupError(name)
