# proves: a default that can raise would run before the API call in a read with a default (unsafe): the list is narrowed instead, and next() evaluates the default where it did
# expect: KUB001 fixed

def lookup(api, namespace, name):
    defaults = {"job": None}
    return next((j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name),
                defaults["job"])
