# proves: a debugging tool lists pods in all namespaces (watch=False) and matches both metadata.namespace and metadata.name, so one read in that namespace answers it
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes import client


def find_pod(core: client.CoreV1Api, namespace: str, name: str):
    return read_or_none(core.read_namespaced_pod, name=name, namespace=namespace)


def describe(core, namespace, name):
    pod = find_pod(core, namespace, name)
    if pod is None:
        return f"pod {namespace}/{name} not found"
    return f"pod {namespace}/{name} labels={sorted((pod.metadata.labels or {}).items())}"


def lookup(api, namespace, name):
    return describe(api, namespace, name), find_pod(api, namespace, name)
