# proves: a launcher counts the running Jobs of an app to throttle submissions: every item counts
# expect: clean
from kubernetes import client


def can_launch(batch: client.BatchV1Api, namespace: str, limit: int = 2) -> bool:
    jobs = batch.list_namespaced_job(namespace)
    running = sum(1 for j in jobs.items if (j.metadata.labels or {}).get("app") == "etl")
    return running < limit


def lookup(api, namespace, name):
    return can_launch(api, namespace)
