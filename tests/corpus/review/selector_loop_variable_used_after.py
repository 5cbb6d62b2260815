# proves: after a loop that may fall through, the loop variable holds the last Pod listed; with a field selector it holds the last match or nothing, as with a read
# expect: KUB005 not fixed: the loop variable is used after the loop

def find_pod(core, name):
    """Admin CLI: in which namespace is the Pod? (the last one looked at if none)"""
    found = False
    for pod in core.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name:
            found = True
            break
    return found, pod.metadata.namespace


def lookup(api, namespace, name):
    return find_pod(api, name)
