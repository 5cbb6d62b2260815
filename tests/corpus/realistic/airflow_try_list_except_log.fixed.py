# proves: the list call inside a `try` whose `except` logs and re-raises a task error; the loop after returns the match's labels
# expect: KUB001 fixed
import logging

from k8s_lint.runtime import items_named
from kubernetes import client
from kubernetes.client.rest import ApiException

log = logging.getLogger("airflow.task")


class AirflowException(Exception):
    pass


def job_labels(batch: client.BatchV1Api, namespace: str, job_name: str):
    try:
        jobs = items_named(
            batch.read_namespaced_job, name=job_name, namespace=namespace
        )
    except ApiException as e:
        log.exception("Exception when listing jobs in %s", namespace)
        raise AirflowException(f"cannot list jobs: {e.reason}") from e
    for job in jobs:
        if job.metadata.name == job_name:
            return job.metadata.labels
    return {}


def lookup(api, namespace, name):
    return job_labels(api, namespace, name)
