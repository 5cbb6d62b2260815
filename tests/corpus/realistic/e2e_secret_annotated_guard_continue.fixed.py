# proves: an annotated binding (secrets: V1SecretList) searched with a `!= name: continue` guard, then work on the one match
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client
from kubernetes.client import V1SecretList


def tls_secret_labels(core: client.CoreV1Api, namespace: str, secret_name: str):
    secrets: V1SecretList = items_named(
        core.read_namespaced_secret, name=secret_name, namespace=namespace
    )
    for s in secrets:
        if s.metadata.name != secret_name:
            continue
        labels = dict(s.metadata.labels or {})
        labels.setdefault("managed-by", "e2e")
        return labels
    return None


def lookup(api, namespace, name):
    return tls_secret_labels(api, namespace, name)
