# proves: a call evaluated before the search in the same statement: the list is narrowed where it is, so the call still runs after it
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    return api.create_namespaced_job(namespace, name), any(j.metadata.name == name for j in jobs)
