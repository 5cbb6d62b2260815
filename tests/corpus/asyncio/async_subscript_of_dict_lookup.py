# proves: by_name[name] followed by a subscript of the object
# expect: KUB001 fixed

async def lookup(api, namespace, name):
    items = (await api.list_namespaced_job(namespace)).items
    by_name = {j.metadata.name: j for j in items}
    return by_name[name].to_dict()["metadata"]["name"]
