# proves: a namespace of None makes the dynamic client list every namespace, and its list gives ResourceFields: a read would differ in both, the field selector on the same get() keeps them
# expect: KUB005 fixed

from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    for job in jobs.get(namespace=namespace).items:
        if job.metadata.name == name:
            return job
    return None
