# proves: counting the matches (sum over a generator, len as a number) counts the same
# expect: KUB001 fixed
def lookup(api, namespace, name):
    return sum(1 for d in api.list_namespaced_deployment(namespace).items if d.metadata.name == name)
