# proves: the guard with a flag set and break
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    found = read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    return found
