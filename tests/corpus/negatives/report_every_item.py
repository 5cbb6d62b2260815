# proves: reporting every item needs the list
# expect: clean

def lookup(batch, namespace, name):
    for job in batch.list_namespaced_job(namespace).items:
        print(job.metadata.name, job.metadata.name == name)
