# proves: counting every item is a real use of the list
# expect: clean

def lookup(batch, namespace, name):
    return len(batch.list_namespaced_job(namespace).items)
