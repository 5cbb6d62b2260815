# proves: a Spark-on-Kubernetes submitter looks for the driver pod by name and returns a field of it (status.phase, defensively via getattr), "NotFound" when absent
# expect: KUB001 fixed

import logging

from kubernetes import client

log = logging.getLogger("spark.submit")


class SparkKubernetesSubmitter:
    def __init__(self, core: client.CoreV1Api, namespace: str):
        self.core = core
        self.namespace = namespace

    def driver_pod_phase(self, driver_pod: str) -> str:
        pods = self.core.list_namespaced_pod(self.namespace)
        for pod in pods.items:
            if pod.metadata.name != driver_pod:
                continue
            status = getattr(pod, "status", None)
            return getattr(status, "phase", None) or "Unknown"
        log.debug("driver pod %s not (yet) created", driver_pod)
        return "NotFound"

    def application_phase(self, app_name: str) -> str:
        return self.driver_pod_phase(f"{app_name}-driver")


def lookup(api, namespace, name):
    return SparkKubernetesSubmitter(api, namespace).driver_pod_phase(name)
