# proves: a plain reconcile loop that lists Deployments once and checks many desired names against it: one list answers every name
# expect: clean
from kubernetes import client


def reconcile(apps: client.AppsV1Api, namespace: str, desired: list[str]) -> dict[str, list[str]]:
    current = {d.metadata.name for d in apps.list_namespaced_deployment(namespace).items}
    plan: dict[str, list[str]] = {"create": [], "keep": []}
    for name in desired:
        plan["keep" if name in current else "create"].append(name)
    return plan


def lookup(api, namespace, name):
    return reconcile(api, namespace, [name, "report-7", "web"])
