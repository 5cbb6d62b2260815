# proves: a Helm test hook returns the list of matching Jobs as dicts (empty or one element)
# expect: KUB001 fixed
from kubernetes import client


def hook_jobs(batch: client.BatchV1Api, namespace: str, hook: str) -> list[dict]:
    return [
        j.to_dict() for j in batch.list_namespaced_job(namespace).items if j.metadata.name == hook
    ]


def lookup(api, namespace, name):
    return hook_jobs(api, namespace, name)
