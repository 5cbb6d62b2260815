# proves: resource.get(namespace=<literal>).items searched by name: get(name=...) instead
# expect: KUB006 fixed

from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get(namespace="jobs").items)
