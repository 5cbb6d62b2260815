# proves: by_name.get(name, []): a literal default is evaluated once either way
# expect: KUB001 fixed

def lookup(api, namespace, name):
    by_name = {j.metadata.name: j for j in api.list_namespaced_job(namespace).items}
    return by_name.get(name, [])
