# proves: names listed first, then f(name) in names: the call would move before the API call
# expect: KUB001 not fixed: may have side effects

def lookup(api, namespace, name):
    names = {j.metadata.name for j in api.list_namespaced_job(namespace).items}
    return name.strip() in names
