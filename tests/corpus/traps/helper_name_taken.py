# proves: a local called `exists` keeps its name: the helper comes through `k8s_runtime`
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    exists = any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
    return exists
