# proves: an admin drain helper walks list_node(timeout_seconds=...) with the name bound to a local and `continue` on mismatch, returning the node's labels
# expect: KUB001 fixed

"""Print a node's labels before cordoning it (defaults to the node we run on)."""

import socket

from k8s_lint.runtime import read_or_raise
from kubernetes import client


class NodeNotRegistered(RuntimeError):
    pass


def node_labels(core: client.CoreV1Api, hostname: str | None = None) -> dict:
    hostname = hostname or socket.gethostname()
    node = read_or_raise(
        NodeNotRegistered(f"node {hostname!r} is not registered with the cluster"),
        core.read_node,
        name=hostname,
    )
    return dict(node.metadata.labels or {})


def lookup(api, namespace, name):
    labels = node_labels(api, name)
    return sorted(labels.items())
