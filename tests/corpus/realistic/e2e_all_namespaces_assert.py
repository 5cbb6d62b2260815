# proves: an e2e test asserts on the all-namespaces ConfigMap list with the namespace test nested under the name test
# expect: KUB004 fixed
# known-miss: narrows the list with a field selector (KUB005 fixed) instead of a read: the namespace test nested under the name test is not seen
from kubernetes import client


def test_configmap_copied(core: client.CoreV1Api, namespace: str, configmap: str) -> None:
    copied = False
    for cm in core.list_config_map_for_all_namespaces().items:
        if cm.metadata.name == configmap:
            if cm.metadata.namespace == namespace:
                copied = True
    assert copied, f"{configmap} not copied into {namespace}"


def lookup(api, namespace, name):
    return test_configmap_copied(api, namespace, name)
