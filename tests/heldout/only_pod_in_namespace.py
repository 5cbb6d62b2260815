# proves: "is this pod the only one left in the namespace?" with all(p.metadata.name == name ...): the answer depends on every other pod
# expect: clean

from kubernetes import client


def only_pod_left(core: client.CoreV1Api, namespace: str, name: str) -> bool:
    pods = core.list_namespaced_pod(namespace).items
    return bool(pods) and all(p.metadata.name == name for p in pods)


def can_delete_namespace(core, namespace, janitor_pod):
    return only_pod_left(core, namespace, janitor_pod)


def lookup(api, namespace, name):
    return can_delete_namespace(api, namespace, name)
