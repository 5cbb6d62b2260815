# proves: {name: ...} raises TypeError for an unhashable name, now before the read
# expect: KUB001 unsafe: the default, which can raise, is now evaluated before the API call

def lookup(api, namespace, name):
    by_name = {j.metadata.name: j for j in api.list_namespaced_job(namespace).items}
    return by_name.get(name, {name: None})
