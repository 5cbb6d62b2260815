# proves: a loop that skips objects without metadata (`if not pod.metadata: continue`), then copies the name into a local and tests it: the skip and the copy change nothing the name test does not, so the list is narrowed
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for pod in items_named(
        api.read_namespaced_pod, name=name, namespace=namespace
    ):
        if not pod.metadata:
            continue
        current = pod.metadata.name
        if current == name:
            return pod.metadata.labels
    return None
