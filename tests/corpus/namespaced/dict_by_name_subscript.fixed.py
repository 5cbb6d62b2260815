# proves: d[name] keeps raising KeyError(name) when absent
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(api, namespace, name):
    return read_or_raise(
        KeyError(name), api.read_namespaced_pod, name=name, namespace=namespace
    )
