# proves: the name is re-bound (to the retry's name) between the list call and the search: the list moves past the pure re-binding into the search, which reads the new name
# expect: KUB001 fixed
from kubernetes import client


def retry_exists(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    jobs = batch.list_namespaced_job(namespace).items
    job_name = f"{job_name}-retry"
    return any(j.metadata.name == job_name for j in jobs)


def lookup(api, namespace, name):
    return retry_exists(api, namespace, name)
