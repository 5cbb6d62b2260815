# proves: items converted with to_dict() and then searched as dicts: the read's item converts to the same dict
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    pods = [
        p.to_dict()
        for p in items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    ]
    for pod in pods:
        if pod["metadata"]["name"] == name:
            return pod
    return None
