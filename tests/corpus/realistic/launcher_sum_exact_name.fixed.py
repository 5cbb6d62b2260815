# proves: a launcher counts the Jobs with exactly its name (sum(1 for ...)) to decide whether to resubmit: 0 or 1 by name uniqueness
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def already_submitted(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    return sum(1 for j in jobs if j.metadata.name == job_name) > 0


def lookup(api, namespace, name):
    return already_submitted(api, namespace, name)
