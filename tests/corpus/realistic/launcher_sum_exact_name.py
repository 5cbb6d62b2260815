# proves: a launcher counts the Jobs with exactly its name (sum(1 for ...)) to decide whether to resubmit: 0 or 1 by name uniqueness
# expect: KUB001 fixed
from kubernetes import client


def already_submitted(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    jobs = batch.list_namespaced_job(namespace)
    return sum(1 for j in jobs.items if j.metadata.name == job_name) > 0


def lookup(api, namespace, name):
    return already_submitted(api, namespace, name)
