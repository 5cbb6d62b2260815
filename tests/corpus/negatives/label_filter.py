# proves: filtering on labels is a real use of the list
# expect: clean

def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if j.metadata.labels.get("app") == name]
