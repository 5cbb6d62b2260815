# proves: a CI gate that searches every namespace's Deployments by name and namespace (both strings from the command line)
# expect: KUB004 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
from kubernetes import client


def deployment_present(apps: client.AppsV1Api, namespace: str, deployment: str) -> bool:
    for d in apps.list_deployment_for_all_namespaces().items:
        if d.metadata.name == deployment and d.metadata.namespace == namespace:
            return True
    return False


def main(apps: client.AppsV1Api, argv: list[str]) -> int:
    namespace, deployment = argv
    return 0 if deployment_present(apps, namespace, deployment) else 1


def lookup(api, namespace, name):
    return main(api, [namespace, name])
