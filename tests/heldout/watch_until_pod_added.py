# proves: waiting for a pod to appear with watch.Watch().stream(list_namespaced_pod, ...): a stream of events over time, not a one-off search of a list
# expect: clean

from kubernetes import client, watch


def wait_for_pod(core: client.CoreV1Api, namespace: str, name: str, timeout: int = 60, watcher=None):
    w = watcher or watch.Watch()
    for event in w.stream(core.list_namespaced_pod, namespace=namespace, timeout_seconds=timeout):
        pod = event["object"]
        if event["type"] in ("ADDED", "MODIFIED") and pod.metadata.name == name:
            w.stop()
            return event["type"]
    return None


class ReplayWatch:
    """Test double for watch.Watch: replays the current objects as ADDED events."""

    def __init__(self):
        self._stopped = False

    def stream(self, func, **kwargs):
        for item in func(**kwargs).items:
            if self._stopped:
                return
            yield {"type": "ADDED", "object": item}

    def stop(self):
        self._stopped = True


def lookup(api, namespace, name):
    return wait_for_pod(api, namespace, name, timeout=5, watcher=ReplayWatch())
