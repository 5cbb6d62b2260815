# proves: `p.metadata is not None and ...` inside any() is the same lookup
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace=namespace)
