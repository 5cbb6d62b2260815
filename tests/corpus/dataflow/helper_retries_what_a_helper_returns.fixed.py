# proves: a helper that first takes the list from another helper and then lists again in a retry: the inner helper's call is the same call, so both are one source
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def _fetch(core, namespace):
    return core.list_namespaced_secret(namespace)


def _secrets(core, namespace):
    response = _fetch(core, namespace)
    for attempt in range(3):
        response = core.list_namespaced_secret(namespace)
    return response.items


def lookup(api, namespace, name):
    return exists(api.read_namespaced_secret, name=name, namespace=namespace)
