# proves: a typed service layer cast()s the Job list's items, filter()s them with a lambda on the name, and returns matches[0] if matches else None
# expect: KUB001 fixed

from __future__ import annotations

from typing import cast

from kubernetes.client import BatchV1Api, V1Job


class JobRepository:
    def __init__(self, batch: BatchV1Api, namespace: str) -> None:
        self._batch = batch
        self._namespace = namespace

    def find(self, name: str) -> V1Job | None:
        jobs = cast("list[V1Job]", self._batch.list_namespaced_job(namespace=self._namespace).items)
        matches = list(filter(lambda j: j.metadata.name == name, jobs))
        return matches[0] if matches else None


def lookup(api, namespace, name):
    job = JobRepository(api, namespace).find(name)
    return None if job is None else (job.metadata.name, job.metadata.namespace, job)
