# proves: an e2e helper iterates the matches list (zero or one Pod) to collect its labels
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def pod_labels(core: client.CoreV1Api, namespace: str, pod_name: str) -> list[str]:
    matches = [
        p
        for p in items_named(
            core.read_namespaced_pod, name=pod_name, namespace=namespace
        )
        if p.metadata.name == pod_name
    ]
    labels = []
    for pod in matches:
        labels.extend(sorted(pod.metadata.labels))
    return labels


def lookup(api, namespace, name):
    return pod_labels(api, namespace, name)
