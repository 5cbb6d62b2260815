# proves: jobs = list; items = jobs.items; search items: both locals go
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace)
    items = jobs.items
    return next((j for j in items if j.metadata.name == name), None)
