# proves: spec['name'] was never evaluated for an empty list; the read evaluates it
# expect: KUB001 unsafe: is evaluated even when the list is empty

def lookup(api, namespace, name):
    spec = {"name": name}
    return any(j.metadata.name == spec["name"] for j in api.list_namespaced_job(namespace).items)
