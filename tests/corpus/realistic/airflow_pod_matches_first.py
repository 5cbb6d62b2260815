# proves: a pod launcher that keeps the matches as a list and returns `matches[0] if matches else None`
# expect: KUB001 fixed
from kubernetes import client


class PodLauncher:
    def __init__(self, core: client.CoreV1Api) -> None:
        self._client = core

    def find_pod(self, namespace: str, pod_name: str):
        pods = self._client.list_namespaced_pod(namespace)
        matches = [p for p in pods.items if p.metadata.name == pod_name]
        return matches[0] if matches else None


def lookup(api, namespace, name):
    return PodLauncher(api).find_pod(namespace, name)
