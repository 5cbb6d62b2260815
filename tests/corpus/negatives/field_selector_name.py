# proves: a field selector on metadata.name already filters on the server
# expect: clean

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, field_selector="metadata.name=" + name)
    return any(j.metadata.name == name for j in jobs.items)
