# proves: matching any of several names needs the list
# expect: clean

def lookup(batch, namespace, name):
    wanted = {name, name + "-retry"}
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.name in wanted]
