# proves: field_selector=None written out is no selector: the search is a lookup like any other, and the None gives way to the name's selector
# expect: KUB005 fixed
def lookup(api, namespace, name):
    for job in api.list_namespaced_job(namespace, label_selector="app=etl", field_selector=None).items:
        if job.metadata.name == name:
            return job.metadata.labels
    return None
