# proves: a literal metadata.name selector
# expect: clean

def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, field_selector="metadata.name=etl").items
    return any(j.metadata.name == "etl" for j in jobs)
