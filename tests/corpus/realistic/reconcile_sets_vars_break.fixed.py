# proves: a reconcile step that sets several variables on the match and breaks, then decides from them
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def reconcile_deployment(apps: client.AppsV1Api, namespace: str, name: str) -> str:
    found = False
    owner = None
    for dep in items_named(
        apps.read_namespaced_deployment, name=name, namespace=namespace
    ):
        if dep.metadata.name == name:
            found = True
            owner = (dep.metadata.labels or {}).get("app")
            break
    if not found:
        return "create"
    return "adopt" if owner == "etl" else "skip"


def lookup(api, namespace, name):
    return reconcile_deployment(api, namespace, name)
