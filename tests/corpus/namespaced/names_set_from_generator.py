# proves: set(<generator of names>) holds what a set comprehension of the names does: membership of the name in it is a lookup, fixed as one
# expect: KUB001 fixed

def lookup(core, namespace, name):
    svc_names = set(s.metadata.name for s in core.list_namespaced_service(namespace).items)
    if name not in svc_names:
        return "missing"
    return "present"
