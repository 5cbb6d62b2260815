# proves: the list bound sorted by name before a retry, and plainly in it: spelt without the wrapper that keeps membership, both are the same call's items, one source whose fix narrows each where it stands (the sort kept)
# expect: KUB001 fixed

def lookup(api, namespace, name):
    pods = sorted(api.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)
    for attempt in range(2):
        pods = api.list_namespaced_pod(namespace).items
    for pod in pods:
        if pod.metadata.name == name:
            return pod.status.phase
    return None
