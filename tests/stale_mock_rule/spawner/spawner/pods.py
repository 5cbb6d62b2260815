"""A notebook spawner, in the shape of KubeSpawner's: one object holds the
API client, and its methods look pods up, start them and clean them up."""

from kubernetes import client


class PodSpawner:
    def __init__(self, api: client.CoreV1Api, namespace: str) -> None:
        self.api = api
        self.namespace = namespace

    def pod_exists(self, name: str) -> bool:
        for pod in self.api.list_namespaced_pod(self.namespace).items:
            if pod.metadata.name == name:
                return True
        return False

    def start(self, name: str) -> None:
        if self.pod_exists(name):
            return
        self.api.create_namespaced_pod(self.namespace, client.V1Pod(metadata=client.V1ObjectMeta(name=name)))

    def cleanup(self) -> int:
        pods = self.api.list_namespaced_pod(self.namespace, label_selector="component=singleuser-server").items
        for pod in pods:
            self.api.delete_namespaced_pod(pod.metadata.name, self.namespace)
        return len(pods)
