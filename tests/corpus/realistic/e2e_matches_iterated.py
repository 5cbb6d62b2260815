# proves: an e2e helper iterates the matches list (zero or one Pod) to collect its labels
# expect: KUB001 fixed
from kubernetes import client


def pod_labels(core: client.CoreV1Api, namespace: str, pod_name: str) -> list[str]:
    matches = [p for p in core.list_namespaced_pod(namespace).items if p.metadata.name == pod_name]
    labels = []
    for pod in matches:
        labels.extend(sorted(pod.metadata.labels))
    return labels


def lookup(api, namespace, name):
    return pod_labels(api, namespace, name)
