# proves: a dict keyed by name built from the list and read only with that one name, twice
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def deployment_labels(apps: client.AppsV1Api, namespace: str, name: str):
    by_name = {
        d.metadata.name: d
        for d in items_named(
            apps.read_namespaced_deployment, name=name, namespace=namespace
        )
    }
    if by_name.get(name) is None:
        return None
    return by_name[name].metadata.labels


def lookup(api, namespace, name):
    return deployment_labels(api, namespace, name)
