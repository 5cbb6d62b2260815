# proves: a set of Job objects raises TypeError (models are unhashable): no working lookup to keep
# expect: clean

def lookup(batch, namespace, name):
    return not {j for j in batch.list_namespaced_job(namespace).items if j.metadata.name == name}
