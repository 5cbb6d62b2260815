# proves: a pod launcher that keeps the matches as a list and returns `matches[0] if matches else None`
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


class PodLauncher:
    def __init__(self, core: client.CoreV1Api) -> None:
        self._client = core

    def find_pod(self, namespace: str, pod_name: str):
        pods = items_named(
            self._client.read_namespaced_pod,
            name=pod_name,
            namespace=namespace,
        )
        matches = [p for p in pods if p.metadata.name == pod_name]
        return matches[0] if matches else None


def lookup(api, namespace, name):
    return PodLauncher(api).find_pod(namespace, name)
