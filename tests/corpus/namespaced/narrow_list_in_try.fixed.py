# proves: a list call in a `try` whose `except` maps errors keeps its error handling: the read raises the same ApiException there
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes.client.exceptions import ApiException


class ClusterUnavailable(Exception):
    pass


def lookup(api, namespace, name):
    try:
        pods = items_named(
            api.read_namespaced_pod, name=name, namespace=namespace
        )
    except ApiException as error:
        raise ClusterUnavailable(error.status) from error
    matches = [p for p in pods if p.metadata.name == name]
    return matches[0] if matches else None
