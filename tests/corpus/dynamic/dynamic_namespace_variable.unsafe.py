# proves: a namespace of None makes the dynamic client list every namespace
# expect: KUB006 unsafe: ResourceInstance

from k8s_lint.runtime import read_or_none
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return read_or_none(jobs.get, name=name, namespace=namespace)
