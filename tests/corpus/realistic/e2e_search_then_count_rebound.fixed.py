# proves: `pods` is bound to the whole namespace and searched by name, then re-bound to a label-selected list that is only counted
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def test_scale_up(core: client.CoreV1Api, namespace: str, leader: str) -> int:
    pods = items_named(
        core.read_namespaced_pod, name=leader, namespace=namespace
    )
    assert any(p.metadata.name == leader for p in pods), "leader pod missing"
    pods = core.list_namespaced_pod(namespace, label_selector="app=etl").items
    assert len(pods) >= 1
    return len(pods)


def lookup(api, namespace, name):
    return test_scale_up(api, namespace, name)
