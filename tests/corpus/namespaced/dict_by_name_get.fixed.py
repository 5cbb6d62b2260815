# proves: {item name: item}.get(name) is read_or_none()
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod, name=name, namespace=namespace
    )
