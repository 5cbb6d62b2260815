# proves: a Helm test hook iterates `resp.items or []` of the Secret list to find the chart's secret
# expect: KUB001 fixed
from k8s_lint.runtime import items_named
from kubernetes import client


def chart_secret(core: client.CoreV1Api, namespace: str, secret_name: str):
    resp = items_named(
        core.read_namespaced_secret, name=secret_name, namespace=namespace
    )
    for secret in resp or []:
        if secret.metadata.name == secret_name:
            return secret
    raise AssertionError(f"secret {secret_name} missing")


def lookup(api, namespace, name):
    return chart_secret(api, namespace, name)
