# proves: the dynamic get() without a namespace lists every namespace: select, never read
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(
        j.metadata.name == name
        for j in jobs.get(field_selector=name_selector(name)).items
    )
