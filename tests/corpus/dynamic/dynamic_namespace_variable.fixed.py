# proves: a namespace of None makes the dynamic client list every namespace, and its list gives ResourceFields: a read would differ in both, the field selector on the same get() keeps them
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    for job in jobs.get(
        namespace=namespace, field_selector=name_selector(name)
    ).items:
        if job.metadata.name == name:
            return job
    return None
