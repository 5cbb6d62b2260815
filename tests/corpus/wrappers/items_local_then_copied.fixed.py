# proves: the items bound to a local, then copied with list() into another: the wrapper around the local's one read hands the items on, so the search of the copy is a lookup and the read replaces all three statements
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace=namespace)
