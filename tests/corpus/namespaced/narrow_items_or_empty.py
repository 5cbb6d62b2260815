# proves: `resp.items or []` through a local response: the response becomes the list, `resp.items` becomes `resp`
# expect: KUB001 fixed
def lookup(api, namespace, name):
    resp = api.list_namespaced_secret(namespace)
    for secret in resp.items or []:
        if secret.metadata.name == name:
            return secret.metadata.labels
    return None
