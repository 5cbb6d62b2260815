# proves: a test helper that takes [0] of the matching ConfigMaps (IndexError when absent) from a list kept in a local
# expect: KUB001 fixed
from k8s_lint.runtime import read_or_raise
from kubernetes import client


def rendered_config(core: client.CoreV1Api, namespace: str, configmap: str) -> dict[str, str]:
    cm = read_or_raise(
        IndexError("list index out of range"),
        core.read_namespaced_config_map,
        name=configmap,
        namespace=namespace,
    )
    return cm.metadata.labels


def test_config_rendered(core, namespace, configmap):
    labels = rendered_config(core, namespace, configmap)
    assert labels.get("app") == "etl"


def lookup(api, namespace, name):
    return rendered_config(api, namespace, name)
