# proves: does the namespace exist: cluster-scoped read with the name only
# expect: KUB002 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespace, name=name)
