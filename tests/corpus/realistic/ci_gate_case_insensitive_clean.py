# proves: a case-insensitive comparison finds objects a read by the exact name would not
# expect: clean
from kubernetes import client


def has_service(core: client.CoreV1Api, namespace: str, service: str) -> bool:
    return any(
        s.metadata.name.lower() == service.lower()
        for s in core.list_namespaced_service(namespace).items
    )


def lookup(api, namespace, name):
    return has_service(api, namespace, name.upper())
