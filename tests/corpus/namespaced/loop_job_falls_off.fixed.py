# proves: a loop at the end of a function falls off it, returning None
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(batch, namespace, name):
    return read_or_none(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
