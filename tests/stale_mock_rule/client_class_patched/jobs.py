"""DolphinScheduler's K8sUtils.jobExist, and a lookup of a service account."""

from kubernetes import client


def job_exists(name: str, namespace: str) -> bool:
    batch = client.BatchV1Api()
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False


def service_account(core: client.CoreV1Api, namespace: str, name: str):
    for account in core.list_namespaced_service_account(namespace).items:
        if account.metadata.name == name:
            return account
    return None
