# proves: a name computed by a str method has no effect (once per item before, once after), but may raise for an empty list where the search never evaluated it: unsafe
# expect: KUB001 unsafe: `name.lower()` is evaluated even when the list is empty

def lookup(batch, namespace, name):
    return any(j.metadata.name == name.lower() for j in batch.list_namespaced_job(namespace).items)
