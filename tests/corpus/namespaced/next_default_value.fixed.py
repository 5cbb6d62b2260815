# proves: next(..., default) keeps its default
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_default


def lookup(batch, namespace, name):
    return read_or_default(
        False, batch.read_namespaced_job, name=name, namespace=namespace
    )
