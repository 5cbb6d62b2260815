# proves: an e2e assert that exactly one Pod has the name (len of the matches compared with 1): names are unique, so this is an existence test
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def test_single_migration_pod(core: client.CoreV1Api, namespace: str, pod_name: str) -> None:
    pods = items_named(
        core.read_namespaced_pod, name=pod_name, namespace=namespace
    )
    assert len([p for p in pods if p.metadata.name == pod_name]) == 1, "migration pod missing"


def lookup(api, namespace, name):
    return test_single_migration_pod(api, namespace, name)
