# proves: an operator reads the zone label of the node a pod runs on by listing every Node
# expect: KUB002 fixed
from k8s_lint.runtime import items_named
from kubernetes import client

ZONE = "topology.kubernetes.io/zone"


def node_zone(core: client.CoreV1Api, node_name: str) -> str | None:
    for node in items_named(core.read_node, name=node_name):
        if node.metadata.name == node_name:
            return (node.metadata.labels or {}).get(ZONE, "unknown")
    return None


def lookup(api, namespace, name):
    return node_zone(api, name)
