# proves: list(items) is a copy with the same members: any() over it is a lookup
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace=namespace)
