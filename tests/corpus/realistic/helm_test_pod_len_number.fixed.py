# proves: a Helm test hook reports how many test Pods have the name (len(...) as a number, 0 or 1)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def test_pod_count(core: client.CoreV1Api, namespace: str, pod_name: str) -> int:
    pods = items_named(
        core.read_namespaced_pod, name=pod_name, namespace=namespace
    )
    count = len([p for p in pods if p.metadata.name == pod_name])
    print(f"{count} test pod(s) named {pod_name}")
    return count


def lookup(api, namespace, name):
    return test_pod_count(api, namespace, name)
