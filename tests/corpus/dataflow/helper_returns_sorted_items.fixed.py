# proves: a function that returns the items sorted by name hands on the same items: the call is inlined and the search fixed as if the list were written there (safe: a module function has no override)
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def _pods(api, namespace):
    return sorted(api.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
