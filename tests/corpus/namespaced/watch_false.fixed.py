# proves: watch=False (as in the client's examples) is a plain list: dropped from the read
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
