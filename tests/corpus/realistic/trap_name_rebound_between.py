# proves: trap: the name is re-bound between the list call and the search (the retry's name), so the search does not test the name the list was taken for
# expect: KUB001 not fixed: name rebound between the list call and the search
from kubernetes import client


def retry_exists(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    jobs = batch.list_namespaced_job(namespace).items
    job_name = f"{job_name}-retry"
    return any(j.metadata.name == job_name for j in jobs)


def lookup(api, namespace, name):
    return retry_exists(api, namespace, name)
