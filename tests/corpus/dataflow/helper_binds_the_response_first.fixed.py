# proves: a helper that binds the list response to a local, then returns its items sorted by name, returns the same expression with the list call in the local's place (nothing before it in the expression has effects): its call is inlined and the search fixed
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def _pods(api, namespace):
    response = api.list_namespaced_pod(namespace)
    return sorted(response.items, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
