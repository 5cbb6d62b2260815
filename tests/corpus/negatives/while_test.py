# proves: a search in a while test runs again on every iteration over one list
# expect: clean

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    tries = 0
    while any(j.metadata.name == name for j in jobs) and tries < 5:
        tries += 1
    return tries
