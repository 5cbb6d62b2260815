# proves: a function that returns the items sorted by name hands on the same items: the call is inlined and the search fixed as if the list were written there (safe: a module function has no override)
# expect: KUB001 fixed

def _pods(api, namespace):
    return sorted(api.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    for pod in _pods(api, namespace):
        if pod.metadata.name == name:
            return pod
    return None
