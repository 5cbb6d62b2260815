# proves: a name computed by a call runs once per item before the fix, once after
# expect: KUB001 not fixed: may have side effects

def lookup(batch, namespace, name):
    return any(j.metadata.name == name.lower() for j in batch.list_namespaced_job(namespace).items)
