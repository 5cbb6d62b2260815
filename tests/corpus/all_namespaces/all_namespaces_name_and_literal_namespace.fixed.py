# proves: name and a namespace literal identify one object: read it in that namespace
# expect: KUB004 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace="jobs")
