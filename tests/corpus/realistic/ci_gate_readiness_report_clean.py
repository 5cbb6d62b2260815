# proves: a CI gate prints a table of every Deployment and also asserts one by name: the list is a report, every item is observed
# expect: clean
# known-miss: false positive: flagged (not fixed) though every Deployment is printed
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
