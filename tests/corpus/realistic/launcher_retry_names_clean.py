# proves: a launcher accepts the job or its retry (two names): a single read does not answer that
# expect: clean
from kubernetes import client


def attempt_exists(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    for j in batch.list_namespaced_job(namespace).items:
        if j.metadata.name in (job_name, f"{job_name}-retry"):
            return True
    return False


def lookup(api, namespace, name):
    return attempt_exists(api, namespace, name)
