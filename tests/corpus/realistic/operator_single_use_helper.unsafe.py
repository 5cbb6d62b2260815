# proves: a list reached through a helper of the same module used only by this one search: inlined at the search, an unsafe fix (a test may patch the helper)
# expect: KUB001 unsafe: the search no longer calls
from k8s_lint.runtime import items_named
from kubernetes import client


def _secrets(core: client.CoreV1Api, namespace: str):
    return core.list_namespaced_secret(namespace).items


def has_credentials(core: client.CoreV1Api, namespace: str, secret_name: str) -> bool:
    return any(s.metadata.name == secret_name for s in items_named(
        core.read_namespaced_secret,
        name=secret_name,
        namespace=namespace,
    ))


def lookup(api, namespace, name):
    return has_credentials(api, namespace, name)
