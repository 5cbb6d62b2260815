# proves: a list reached through a helper of the same module used only by this one search: the call inlined, the search fixed as if the list were written there (safe: a module function has no override)
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes import client


def _secrets(core: client.CoreV1Api, namespace: str):
    return core.list_namespaced_secret(namespace).items


def has_credentials(core: client.CoreV1Api, namespace: str, secret_name: str) -> bool:
    return exists(
        core.read_namespaced_secret, name=secret_name, namespace=namespace
    )


def lookup(api, namespace, name):
    return has_credentials(api, namespace, name)
