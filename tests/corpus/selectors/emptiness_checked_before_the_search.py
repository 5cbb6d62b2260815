# proves: a label-selected list checked for emptiness before the search is used twice: narrowed, the emptiness test would see another list, and that is the reason given (not the shape of what the match returns)
# expect: KUB005 not fixed: the list is also used on line 6

def lookup(core, namespace, name):
    pods = core.list_namespaced_pod(namespace, label_selector="app=web").items
    if not pods:
        return "no pods"
    for p in pods:
        if p.metadata.name == name:
            return p.status.phase
    return None
