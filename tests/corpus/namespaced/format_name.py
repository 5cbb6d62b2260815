# proves: a name built with "...".format() from plain names is evaluated the same once
# expect: KUB001 fixed
def lookup(api, namespace, name):
    wanted = "{}".format(name)
    return any(p.metadata.name == wanted for p in api.list_namespaced_pod(namespace).items)
