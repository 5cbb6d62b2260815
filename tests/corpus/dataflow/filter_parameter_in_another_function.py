# proves: a parameter called `filter` elsewhere does not shadow the builtin in this function
# expect: KUB001 fixed

def paged(api, namespace, filter=None):
    return filter


def lookup(api, namespace, name):
    return list(filter(lambda j: j.metadata.name == name, api.list_namespaced_job(namespace).items))[0]
