# proves: a call evaluated before the search in the same statement could change the list
# expect: KUB001 not fixed: does not always run right after the list call

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    return api.create_namespaced_job(namespace, name), any(j.metadata.name == name for j in jobs)
