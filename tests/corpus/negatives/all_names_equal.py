# proves: all(j.metadata.name == name ...): every item has the name, not a lookup
# expect: clean

def lookup(api, namespace, name):
    return all(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
