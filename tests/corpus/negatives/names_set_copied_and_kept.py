# proves: the set of names copied to another local for the membership test and also returned: the names are used besides the lookup, so nothing is reported
# expect: clean

def lookup(core, namespace, name):
    found = {s.metadata.name for s in core.list_namespaced_service(namespace).items}
    svc_names = found
    if name not in svc_names:
        return None
    return sorted(found)
