# proves: `if not <item name> == N: continue` is the same guard
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for pod in items_named(
        api.read_namespaced_pod, name=name, namespace=namespace
    ):
        if not pod.metadata.name == name:
            continue
        return pod.metadata.labels
    return {}
