# proves: resource.get(namespace=<literal>).items searched by name: get(name=...) instead
# expect: KUB006 fixed

from k8s_lint.runtime import exists
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return exists(jobs.get, name=name, namespace="jobs")
