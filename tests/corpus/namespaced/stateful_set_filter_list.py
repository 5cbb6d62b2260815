# proves: list(filter(...)) used as a truth value
# expect: KUB001 fixed

def lookup(api, ns, name):
    if list(filter(lambda s: s.metadata.name == name, api.list_namespaced_stateful_set(ns).items)):
        return "running"
    return "missing"
