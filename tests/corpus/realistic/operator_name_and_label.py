# proves: `name == N and <a test on the same item>`: the extra test reads only the match, so a read then the test keeps it
# expect: KUB001 fixed
from kubernetes import client


def owned_by_us(apps: client.AppsV1Api, namespace: str, name: str) -> bool:
    for d in apps.list_namespaced_deployment(namespace).items:
        if d.metadata.name == name and (d.metadata.labels or {}).get("app") == "etl":
            return True
    return False


def lookup(api, namespace, name):
    return owned_by_us(api, namespace, name)
