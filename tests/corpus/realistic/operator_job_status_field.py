# proves: an operator returns a status field of the matching Job (return job.status.succeeded) straight from the loop
# expect: KUB001 fixed
from kubernetes import client


def job_succeeded(batch: client.BatchV1Api, namespace: str, job_name: str):
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == job_name:
            return job.status.succeeded
    return None


def lookup(api, namespace, name):
    return job_succeeded(api, namespace, name)
