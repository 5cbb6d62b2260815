# proves: a launcher lists the Jobs of one run by label selector and searches them by name: the selector must stay, narrowed by field selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes import client


def run_job(batch: client.BatchV1Api, namespace: str, job_name: str, app: str = "etl"):
    jobs = batch.list_namespaced_job(
        namespace,
        label_selector=f"app={app}",
        field_selector=name_selector(job_name),
    )
    for job in jobs.items:
        if job.metadata.name == job_name:
            return job
    return None


def lookup(api, namespace, name):
    return run_job(api, namespace, name)
