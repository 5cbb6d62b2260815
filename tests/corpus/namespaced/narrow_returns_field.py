# proves: a loop that returns a field of the match is narrowed (the read's item has the same field)
# expect: KUB001 fixed
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return job.metadata.labels["app"]
    return None
