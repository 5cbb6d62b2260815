# proves: a wait_for polling loop in an e2e suite that lists Pods on every attempt until the one it waits for shows up
# expect: KUB001 fixed
import time

from k8s_lint.runtime import exists
from kubernetes import client


def wait_for_pod(core: client.CoreV1Api, namespace: str, pod_name: str, attempts: int = 3) -> bool:
    for _ in range(attempts):
        if exists(
            core.read_namespaced_pod, name=pod_name, namespace=namespace
        ):
            return True
        time.sleep(0)
    return False


def test_pod_is_scheduled(core, namespace, pod_name):
    assert wait_for_pod(core, namespace, pod_name), f"pod {pod_name} never appeared"


def lookup(api, namespace, name):
    return test_pod_is_scheduled(api, namespace, name)
