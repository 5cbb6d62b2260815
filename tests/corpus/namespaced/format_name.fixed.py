# proves: a name built with "...".format() from plain names is evaluated the same once
# expect: KUB001 fixed
from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    wanted = "{}".format(name)
    return exists(api.read_namespaced_pod, name=wanted, namespace=namespace)
