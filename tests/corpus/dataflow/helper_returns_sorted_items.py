# proves: a function that returns the items sorted by name hands on the same items: the loop over its result is narrowed at the search (unsafe: the search no longer calls it)
# expect: KUB001 unsafe: the search no longer calls _pods()

def _pods(api, namespace):
    return sorted(api.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    for pod in _pods(api, namespace):
        if pod.metadata.name == name:
            return pod
    return None
