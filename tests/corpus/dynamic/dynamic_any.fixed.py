# proves: resource.get(namespace=<literal>).items searched by name: get(name=...) instead
# expect: KUB006 fixed

from kubernetes.dynamic import DynamicClient
from k8s_lint.runtime import exists


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return exists(jobs.get, name=name, namespace="jobs")
