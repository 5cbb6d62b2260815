# proves: a CI gate prints a table of every Deployment and also asserts one by name: the list is reused, so it stays, and the reason says so
# expect: KUB001 not fixed: the deployment list is also used on line
from kubernetes import client


def gate(apps: client.AppsV1Api, namespace: str, required: str) -> int:
    deployments = apps.list_namespaced_deployment(namespace).items
    for d in deployments:
        print(f"{d.metadata.name:40} {d.metadata.labels}")
    if not any(d.metadata.name == required for d in deployments):
        print(f"missing {required}")
        return 1
    return 0


def lookup(api, namespace, name):
    return gate(api, namespace, name)
