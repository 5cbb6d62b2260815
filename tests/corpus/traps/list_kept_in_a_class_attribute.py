# proves: a response bound in a class body is a class attribute, visible after it (`Probe.response`): a read in its place would remove it, so the search is reported and not fixed
# expect: KUB001 not fixed: kept in a class attribute

def lookup(api, namespace, name):
    class Probe:
        response = api.list_namespaced_job(namespace)
        found = any(j.metadata.name == name for j in response.items)

    return Probe.found
