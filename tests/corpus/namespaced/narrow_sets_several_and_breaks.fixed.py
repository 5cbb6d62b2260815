# proves: a loop that sets several variables and breaks keeps all of them
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    found = False
    labels = {}
    for pod in items_named(
        api.read_namespaced_pod, name=name, namespace=namespace
    ):
        if pod.metadata.name == name:
            found = True
            labels = pod.metadata.labels
            break
    return found, labels
