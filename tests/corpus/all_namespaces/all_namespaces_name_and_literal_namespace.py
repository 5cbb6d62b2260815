# proves: name and a namespace literal identify one object: read it in that namespace
# expect: KUB004 fixed

def lookup(api, namespace, name):
    return any(
        p.metadata.namespace == "jobs" and p.metadata.name == name
        for p in api.list_pod_for_all_namespaces().items
    )
