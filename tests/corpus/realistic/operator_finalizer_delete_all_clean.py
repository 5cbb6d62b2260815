# proves: a finalizer that deletes every Job owned by the resource: effects on every item, no lookup
# expect: clean
from collections.abc import Callable

from kubernetes import client


def on_delete(
    batch: client.BatchV1Api, namespace: str, owner: str, delete: Callable[[str, str], None]
) -> list[str]:
    deleted = []
    for job in batch.list_namespaced_job(namespace, label_selector=f"app={owner}").items:
        delete(job.metadata.name, namespace)
        deleted.append(job.metadata.name)
    return deleted


def lookup(api, namespace, name):
    return on_delete(api, namespace, "etl", lambda job, ns: None)
