# proves: a Helm test hook iterates `resp.items or []` of the Secret list to find the chart's secret
# expect: KUB001 fixed
from kubernetes import client


def chart_secret(core: client.CoreV1Api, namespace: str, secret_name: str):
    resp = core.list_namespaced_secret(namespace)
    for secret in resp.items or []:
        if secret.metadata.name == secret_name:
            return secret
    raise AssertionError(f"secret {secret_name} missing")


def lookup(api, namespace, name):
    return chart_secret(api, namespace, name)
