# proves: a list call in a `try` whose `except` maps errors keeps its error handling: the read raises the same ApiException there
# expect: KUB001 fixed
from kubernetes.client.exceptions import ApiException


class ClusterUnavailable(Exception):
    pass


def lookup(api, namespace, name):
    try:
        pods = api.list_namespaced_pod(namespace).items
    except ApiException as error:
        raise ClusterUnavailable(error.status) from error
    matches = [p for p in pods if p.metadata.name == name]
    return matches[0] if matches else None
