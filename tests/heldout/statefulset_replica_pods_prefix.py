# proves: the pods of a StatefulSet are found by the prefix "<name>-" (name-0, name-1, ...): many objects can match, no read by name replaces it
# expect: clean

import re

from kubernetes import client


def replica_ordinals(core: client.CoreV1Api, namespace: str, statefulset: str) -> list[int]:
    pattern = re.compile(rf"^{re.escape(statefulset)}-(\d+)$")
    ordinals = []
    for pod in core.list_namespaced_pod(namespace).items:
        if pod.metadata.name.startswith(f"{statefulset}-"):
            match = pattern.match(pod.metadata.name)
            if match:
                ordinals.append(int(match.group(1)))
    return sorted(ordinals)


def first_replica(core, namespace, statefulset):
    pods = core.list_namespaced_pod(namespace).items
    return next((p for p in pods if p.metadata.name.startswith(statefulset)), None)


def lookup(api, namespace, name):
    pod = first_replica(api, namespace, "etl-2026")
    return replica_ordinals(api, namespace, name), pod is not None
