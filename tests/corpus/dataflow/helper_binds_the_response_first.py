# proves: a helper that binds the list response to a local, then returns its items sorted by name, returns the same expression with the list call in the local's place (nothing before it in the expression has effects): its call is inlined and the search fixed
# expect: KUB001 fixed

def _pods(api, namespace):
    response = api.list_namespaced_pod(namespace)
    return sorted(response.items, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    for pod in _pods(api, namespace):
        if pod.metadata.name == name:
            return pod
    return None
