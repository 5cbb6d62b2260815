"""The periodic reconciliation: every ConfigMap of the namespace, and its pods."""

from kubernetes import client


def stale_config_maps(namespace):
    core = client.CoreV1Api()
    return [c.metadata.name for c in core.list_namespaced_config_map(namespace).items if not c.data]


def running_pods(namespace):
    core = client.CoreV1Api()
    return [p for p in core.list_namespaced_pod(namespace).items if p.status.phase == "Running"]
