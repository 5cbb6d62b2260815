# proves: the name test nested under `if name is not None:` inside the loop; with no name the loop finds nothing
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def find_statefulset(apps: client.AppsV1Api, namespace: str, name: str | None = None):
    for sts in items_named(
        apps.read_namespaced_stateful_set, name=name, namespace=namespace
    ):
        if name is not None:
            if sts.metadata.name == name:
                return sts
    return None


def lookup(api, namespace, name):
    return find_statefulset(api, namespace, name)
