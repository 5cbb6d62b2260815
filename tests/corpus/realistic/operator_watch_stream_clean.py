# proves: a watch stream over Pods that stops at the pod it waits for: a watch is no lookup
# expect: clean
from kubernetes import client, watch


def wait_until_running(core: client.CoreV1Api, namespace: str, pod_name: str) -> bool:
    w = watch.Watch()
    for event in w.stream(core.list_namespaced_pod, namespace, timeout_seconds=60):
        pod = event["object"]
        if pod.metadata.name == pod_name and pod.status.phase == "Running":
            w.stop()
            return True
    return False
