# proves: the set of names bound to one local and copied to another before the membership test: the copy holds the same names, so it is the same lookup
# expect: KUB001 fixed

def lookup(core, namespace, name):
    found = {s.metadata.name for s in core.list_namespaced_service(namespace).items}
    svc_names = found
    if name not in svc_names:
        return "missing"
    return "present"
