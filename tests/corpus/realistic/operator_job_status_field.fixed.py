# proves: an operator returns a status field of the matching Job (return job.status.succeeded) straight from the loop
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def job_succeeded(batch: client.BatchV1Api, namespace: str, job_name: str):
    for job in items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    ):
        if job.metadata.name == job_name:
            return job.status.succeeded
    return None


def lookup(api, namespace, name):
    return job_succeeded(api, namespace, name)
