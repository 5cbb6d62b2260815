# proves: all(j.metadata.name != name ...) is true when nothing matches: not exists
# expect: KUB001 fixed

def lookup(api, namespace, name):
    if all(j.metadata.name != name for j in api.list_namespaced_job(namespace).items):
        return "create"
    return "skip"
