# proves: a helper that lists, then lists again with the same call in `for attempt in range(3)`, returns a value of that one call either way (twins): it is summarised as the call, and its caller's search fixed
# expect: KUB001 fixed

def _secrets(core, namespace):
    response = core.list_namespaced_secret(namespace)
    for attempt in range(3):
        response = core.list_namespaced_secret(namespace)
    return response.items


def lookup(api, namespace, name):
    for secret in _secrets(api, namespace):
        if secret.metadata.name == name:
            return secret
    return None
