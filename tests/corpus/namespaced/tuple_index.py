# proves: tuple(...)[0] keeps the tuple's IndexError message
# expect: KUB001 fixed

def lookup(api, namespace, name):
    return tuple(filter(lambda j: j.metadata.name == name, api.list_namespaced_job(namespace).items))[0]
