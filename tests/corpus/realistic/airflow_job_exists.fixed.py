# proves: the DolphinScheduler/Airflow-style job launcher check, as a method of an operator class
# expect: KUB001 fixed
import logging

from k8s_lint.runtime import exists
from kubernetes import client


class KubernetesJobOperator:
    def __init__(self, batch: client.BatchV1Api, namespace: str, job_name: str) -> None:
        self.batch = batch
        self.namespace = namespace
        self.job_name = job_name
        self.log = logging.getLogger("airflow.task")

    def _job_exists(self) -> bool:
        return exists(
            self.batch.read_namespaced_job,
            name=self.job_name,
            namespace=self.namespace,
        )

    def execute(self, context: dict) -> str:
        if self._job_exists():
            self.log.info("job %s already submitted, reattaching", self.job_name)
            return "reattach"
        return "submit"


def lookup(api, namespace, name):
    return KubernetesJobOperator(api, namespace, name).execute({})
