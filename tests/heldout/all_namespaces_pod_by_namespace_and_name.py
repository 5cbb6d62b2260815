# proves: a debugging tool lists pods in all namespaces (watch=False) and matches both metadata.namespace and metadata.name, so one read in that namespace answers it
# expect: KUB001 fixed

from kubernetes import client


def find_pod(core: client.CoreV1Api, namespace: str, name: str):
    pods = core.list_pod_for_all_namespaces(watch=False)
    for p in pods.items:
        if p.metadata.namespace == namespace and p.metadata.name == name:
            return p
    return None


def describe(core, namespace, name):
    pod = find_pod(core, namespace, name)
    if pod is None:
        return f"pod {namespace}/{name} not found"
    return f"pod {namespace}/{name} labels={sorted((pod.metadata.labels or {}).items())}"


def lookup(api, namespace, name):
    return describe(api, namespace, name), find_pod(api, namespace, name)
