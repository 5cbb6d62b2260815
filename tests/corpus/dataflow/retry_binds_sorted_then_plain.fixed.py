# proves: the list bound sorted by name before a retry, and plainly in it: spelt without the wrapper that keeps membership, both are the same call's items, one source whose fix narrows each where it stands (the sort kept)
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    pods = sorted(
        items_named(api.read_namespaced_pod, name=name, namespace=namespace),
        key=lambda p: p.metadata.name,
    )
    for attempt in range(2):
        pods = items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    for pod in pods:
        if pod.metadata.name == name:
            return pod.status.phase
    return None
