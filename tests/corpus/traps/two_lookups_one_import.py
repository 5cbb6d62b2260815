# proves: two fixes in one module share one import line
# expect: KUB001 fixed
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    a = any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
    b = next((j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name), None)
    return a, b
