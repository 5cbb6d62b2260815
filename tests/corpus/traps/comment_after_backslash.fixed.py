# proves: a comment moves above the statement, not onto a backslash continuation
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    # match by name
    found = exists(api.read_namespaced_job, name=name, namespace=namespace)
    return found
