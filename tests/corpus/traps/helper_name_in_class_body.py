# proves: a search in a class body sees that class's own `exists`
# expect: KUB001 fixed

def lookup(api, namespace, name):
    class Probe:
        exists = "shadow"
        found = any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)

    return Probe.found
