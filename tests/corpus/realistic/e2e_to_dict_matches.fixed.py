# proves: Jobs turned into dicts with to_dict(), searched by ["metadata"]["name"], first match or None
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def job_as_dict(batch: client.BatchV1Api, namespace: str, job_name: str):
    items = [
        j.to_dict()
        for j in items_named(
            batch.read_namespaced_job, name=job_name, namespace=namespace
        )
    ]
    found = [d for d in items if d["metadata"]["name"] == job_name]
    return found[0] if found else None


def lookup(api, namespace, name):
    return job_as_dict(api, namespace, name)
