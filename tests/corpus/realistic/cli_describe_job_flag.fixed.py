# proves: an admin CLI's `describe` that sets `job = None`, assigns the match and breaks, then prints or fails
# expect: KUB001 fixed
from k8s_lint.runtime import read_or_none
from kubernetes import client


def describe(batch: client.BatchV1Api, namespace: str, job_name: str) -> int:
    job = read_or_none(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    if job is None:
        print(f'Error from server (NotFound): jobs.batch "{job_name}" not found')
        return 1
    print(f"Name:      {job.metadata.name}\nNamespace: {job.metadata.namespace}")
    return 0


def lookup(api, namespace, name):
    return describe(api, namespace, name)
