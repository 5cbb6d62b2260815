# proves: items = list call .items; any(... for j in items)
# expect: KUB001 fixed

def lookup(batch, namespace, name):
    items = batch.list_namespaced_job(namespace).items
    return any(j.metadata.name == name for j in items)
