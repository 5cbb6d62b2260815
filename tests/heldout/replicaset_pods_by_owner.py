# proves: pods owned by a ReplicaSet are found through metadata.owner_references[].name: the name is the owner's, not the pod's, and several pods match
# expect: clean

from kubernetes import client


def pods_owned_by(core: client.CoreV1Api, namespace: str, replicaset: str) -> list[str]:
    owned = []
    for pod in core.list_namespaced_pod(namespace).items:
        refs = getattr(pod.metadata, "owner_references", None) or []
        if any(ref.kind == "ReplicaSet" and ref.name == replicaset for ref in refs):
            owned.append(pod.metadata.name)
    return owned


def lookup(api, namespace, name):
    return pods_owned_by(api, namespace, name)
