# proves: a CLI loop that breaks on the match and uses the loop variable after the loop (for/else returns early when absent)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def labels_of(core: client.CoreV1Api, namespace: str, pod_name: str):
    for pod in items_named(
        core.read_namespaced_pod, name=pod_name, namespace=namespace
    ):
        if pod.metadata.name == pod_name:
            break
    else:
        return None
    return pod.metadata.labels


def lookup(api, namespace, name):
    return labels_of(api, namespace, name)
