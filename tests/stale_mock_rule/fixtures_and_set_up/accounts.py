"""A service account and its token secret, looked up by name."""

from kubernetes import client


def service_account(core: client.CoreV1Api, namespace: str, name: str):
    for account in core.list_namespaced_service_account(namespace).items:
        if account.metadata.name == name:
            return account
    return None


def secrets(core: client.CoreV1Api, namespace: str):
    """Every secret of the namespace: a real use of the list."""
    return core.list_namespaced_secret(namespace).items
