# proves: a list bound in a class body, retried and copied to another class attribute before its search: the class body's own reaching definitions follow it, and the search is reported with the reason it is not fixed (the class attributes stay)
# expect: KUB001 not fixed: the list is also bound on line 8

def lookup(api, namespace, name):
    class Probe:
        first = api.list_namespaced_job(namespace)
        for attempt in range(2):
            first = api.list_namespaced_job(namespace)
        response = first
        found = any(j.metadata.name == name for j in response.items)

    return Probe.found
