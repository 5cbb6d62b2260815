# proves: a helper that binds the response, hands it to a second local and returns its items sorted: each local is written in its place, last first, so the call is inlined and the search fixed
# expect: KUB001 fixed

def _pods(api, namespace):
    response = api.list_namespaced_pod(namespace)
    listed = response.items
    return sorted(listed, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    for pod in _pods(api, namespace):
        if pod.metadata.name == name:
            return pod
    return None
