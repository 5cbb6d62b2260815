# proves: a Dagster-like run launcher that takes next(iter(...), None) of the matching Jobs and reads the run status label
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


class K8sRunLauncher:
    def __init__(self, batch: client.BatchV1Api, job_namespace: str) -> None:
        self._batch = batch
        self.job_namespace = job_namespace

    def check_run_worker_health(self, job_name: str) -> str:
        jobs = items_named(
            self._batch.read_namespaced_job,
            name=job_name,
            namespace=self.job_namespace,
        )
        job = next(iter([j for j in jobs if j.metadata.name == job_name]), None)
        if job is None:
            return "UNKNOWN"
        return "RUNNING" if job.metadata.labels.get("app") else "FAILED"


def lookup(api, namespace, name):
    return K8sRunLauncher(api, namespace).check_run_worker_health(name)
