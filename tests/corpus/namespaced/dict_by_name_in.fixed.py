# proves: name not in {item name: item} is not exists()
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return not exists(api.read_namespaced_pod, name=name, namespace=namespace)
