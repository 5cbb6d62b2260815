# proves: a loop that skips objects without metadata (`if not pod.metadata: continue`), then copies the name into a local and tests it: the skip and the copy change nothing the name test does not, so the list is narrowed
# expect: KUB001 fixed

def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace).items:
        if not pod.metadata:
            continue
        current = pod.metadata.name
        if current == name:
            return pod.metadata.labels
    return None
