# proves: a rollout script gets the Deployments sorted by name from a helper, then takes next(generator) without a default (StopIteration when absent)
# expect: KUB001 fixed

from kubernetes import client


def deployments_by_name(apps: client.AppsV1Api, namespace: str):
    return sorted(apps.list_namespaced_deployment(namespace).items, key=lambda d: d.metadata.name)


def current_app_label(apps: client.AppsV1Api, namespace: str, deployment: str) -> str | None:
    deployments = deployments_by_name(apps, namespace)
    dep = next(d for d in deployments if d.metadata.name == deployment)
    return (dep.metadata.labels or {}).get("app")


def lookup(api, namespace, name):
    return current_app_label(api, namespace, name)
