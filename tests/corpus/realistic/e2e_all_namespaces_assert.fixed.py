# proves: an e2e test asserts on the all-namespaces ConfigMap list with the namespace test nested under the name test
# expect: KUB004 fixed
# known-miss: narrows the list with a field selector (KUB005 fixed) instead of a read: the namespace test nested under the name test is not seen
from k8s_lint.runtime import exists
from kubernetes import client


def test_configmap_copied(core: client.CoreV1Api, namespace: str, configmap: str) -> None:
    copied = exists(
        core.read_namespaced_config_map, name=configmap, namespace=namespace
    )
    assert copied, f"{configmap} not copied into {namespace}"


def lookup(api, namespace, name):
    return test_configmap_copied(api, namespace, name)
