# proves: `resp.items or []` through a local response: the response becomes the list, `resp.items` becomes `resp`
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    resp = items_named(
        api.read_namespaced_secret, name=name, namespace=namespace
    )
    for secret in resp or []:
        if secret.metadata.name == name:
            return secret.metadata.labels
    return None
