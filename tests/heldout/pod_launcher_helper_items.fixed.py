# proves: an Airflow-style pod launcher gets the pods from its own helper method `_pods()` (returning .items) and sets a flag in a loop with break
# expect: KUB001 fixed

import logging

from k8s_lint.runtime import exists
from kubernetes.client import CoreV1Api


class PodLauncher:
    def __init__(self, kube_client: CoreV1Api, namespace: str):
        self._client = kube_client
        self.namespace = namespace
        self.log = logging.getLogger("airflow.providers.cncf.kubernetes")

    def _pods(self):
        return self._client.list_namespaced_pod(self.namespace).items

    def pod_exists(self, pod_name: str) -> bool:
        return exists(self._client.read_namespaced_pod, name=pod_name, namespace=self.namespace)

    def running_count(self) -> int:
        return len(self._pods())

    def start(self, pod_name: str) -> str:
        if self.pod_exists(pod_name):
            self.log.info("pod %s already running, reattaching", pod_name)
            return "reattach"
        self.log.info("launching pod %s", pod_name)
        return "create"


def lookup(api, namespace, name):
    return PodLauncher(api, namespace).start(name)
