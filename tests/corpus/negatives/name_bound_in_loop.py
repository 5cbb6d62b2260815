# proves: the compared value is the item's own field: no single name
# expect: clean

def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace).items:
        wanted = job.metadata.labels.get("job-name")
        if job.metadata.name == wanted:
            return True
    return False
