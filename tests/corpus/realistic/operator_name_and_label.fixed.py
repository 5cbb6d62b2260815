# proves: `name == N and <a test on the same item>`: the extra test reads only the match, so a read then the test keeps it
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def owned_by_us(apps: client.AppsV1Api, namespace: str, name: str) -> bool:
    for d in items_named(
        apps.read_namespaced_deployment, name=name, namespace=namespace
    ):
        if d.metadata.name == name and (d.metadata.labels or {}).get("app") == "etl":
            return True
    return False


def lookup(api, namespace, name):
    return owned_by_us(api, namespace, name)
