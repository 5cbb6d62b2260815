# proves: the dynamic client lists by label selector and searches by name: a read by name would ignore the labels, so the list stays, narrowed by a field selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def labelled_job(dyn, namespace: str, job_name: str):
    jobs = dyn.resources.get(api_version="batch/v1", kind="Job")
    for job in jobs.get(
        namespace=namespace,
        label_selector="app=etl",
        field_selector=name_selector(job_name),
    ).items:
        if job.metadata.name == job_name:
            return True
    return False


def lookup(api, namespace, name):
    return labelled_job(api, namespace, name)
