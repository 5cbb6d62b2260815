# proves: deleting every item but one needs the list
# expect: clean

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            continue
        batch.delete_namespaced_job(job.metadata.name, namespace)
