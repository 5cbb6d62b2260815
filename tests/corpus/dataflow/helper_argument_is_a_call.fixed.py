# proves: a helper called with a client made right there (`CoreV1Api()` stands for any call): the helper reads it once, before anything else, as the call evaluated it, so inlining keeps the order and the search is fixed
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


class CoreV1Api:
    """Stands for kubernetes.client.CoreV1Api, which the test passes in."""

    api = None

    def __new__(cls):
        return cls.api


def _pods(core, namespace):
    return core.list_namespaced_pod(namespace).items


def lookup(api, namespace, name):
    CoreV1Api.api = api
    return read_or_none(
        CoreV1Api().read_namespaced_pod, name=name, namespace=namespace
    )
