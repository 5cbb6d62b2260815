# proves: trap: the Secret list is the fallback for a read refused by RBAC (the role grants list but not get): it must not become a read
# expect: clean
from kubernetes import client
from kubernetes.client.exceptions import ApiException


def pull_secret(core: client.CoreV1Api, namespace: str, secret_name: str):
    try:
        return core.read_namespaced_secret(secret_name, namespace)
    except ApiException as e:
        if e.status != 403:
            raise
        # Our Role only has `list` on secrets in tenant namespaces.
        for s in core.list_namespaced_secret(namespace).items:
            if s.metadata.name == secret_name:
                return s
        return None


def lookup(api, namespace, name):
    return pull_secret(api, namespace, name)
