# proves: an admin CLI's `describe` that sets `job = None`, assigns the match and breaks, then prints or fails
# expect: KUB001 fixed
from kubernetes import client


def describe(batch: client.BatchV1Api, namespace: str, job_name: str) -> int:
    job = None
    for j in batch.list_namespaced_job(namespace).items:
        if j.metadata.name == job_name:
            job = j
            break
    if job is None:
        print(f'Error from server (NotFound): jobs.batch "{job_name}" not found')
        return 1
    print(f"Name:      {job.metadata.name}\nNamespace: {job.metadata.namespace}")
    return 0


def lookup(api, namespace, name):
    return describe(api, namespace, name)
