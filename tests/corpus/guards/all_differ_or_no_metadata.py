# proves: absence written as every item lacking metadata or differing in name: the negated guard cannot change the answer, so not exists()
# expect: KUB001 fixed

def lookup(api, namespace, name):
    if all(j.metadata is None or j.metadata.name != name for j in api.list_namespaced_job(namespace).items):
        return "create"
    return "skip"
