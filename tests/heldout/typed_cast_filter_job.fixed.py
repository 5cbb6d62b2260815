# proves: a typed service layer cast()s the Job list's items, filter()s them with a lambda on the name, and returns matches[0] if matches else None
# expect: KUB001 fixed

from __future__ import annotations

from k8s_lint.runtime import read_or_none
from kubernetes.client import BatchV1Api, V1Job


class JobRepository:
    def __init__(self, batch: BatchV1Api, namespace: str) -> None:
        self._batch = batch
        self._namespace = namespace

    def find(self, name: str) -> V1Job | None:
        return read_or_none(self._batch.read_namespaced_job, name=name, namespace=self._namespace)


def lookup(api, namespace, name):
    job = JobRepository(api, namespace).find(name)
    return None if job is None else (job.metadata.name, job.metadata.namespace, job)
