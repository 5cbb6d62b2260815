# proves: comments inside the replaced code move above the new code, in order
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    # names are unique within a namespace
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
