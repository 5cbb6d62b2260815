# proves: trap: the same list answers the lookup and feeds the "other jobs" summary: the reason names the reuse, not the loop
# expect: KUB001 not fixed: the job list is also used on line
from kubernetes import client


def status_page(batch: client.BatchV1Api, namespace: str, job_name: str) -> dict:
    jobs = batch.list_namespaced_job(namespace).items
    mine = next((j for j in jobs if j.metadata.name == job_name), None)
    others = [j.metadata.name for j in jobs if j.metadata.name != job_name]
    return {"mine": mine is not None, "others": others}


def lookup(api, namespace, name):
    return status_page(api, namespace, name)
