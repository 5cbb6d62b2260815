# proves: two fixes in one module share one import line
# expect: KUB001 fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists, read_or_none


def lookup(batch, namespace, name):
    a = exists(batch.read_namespaced_job, name=name, namespace=namespace)
    b = read_or_none(batch.read_namespaced_job, name=name, namespace=namespace)
    return a, b
