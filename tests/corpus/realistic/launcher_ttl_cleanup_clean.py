# proves: a launcher's housekeeping loop reports every Job and deletes the old ones except the current run: effects on every item
# expect: clean
import logging
from collections.abc import Callable

from kubernetes import client

log = logging.getLogger("launcher")


def cleanup(
    batch: client.BatchV1Api, namespace: str, current: str, delete: Callable[[str], None]
) -> int:
    removed = 0
    for job in batch.list_namespaced_job(namespace).items:
        log.info("job %s", job.metadata.name)
        if job.metadata.name == current:
            continue
        delete(job.metadata.name)
        removed += 1
    return removed


def lookup(api, namespace, name):
    return cleanup(api, namespace, name, lambda job: None)
