# proves: comparing an item's name with another of its fields is no lookup of one name
# expect: clean

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items
            if j.metadata.name == j.metadata.labels["job-name"]]
