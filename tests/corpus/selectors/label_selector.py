# proves: a label selector also filters: add the name to the server-side filter
# expect: KUB005 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == name for j in jobs)
