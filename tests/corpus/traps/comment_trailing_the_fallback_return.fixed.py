# proves: the fallback's trailing comment goes with the fallback; it never lands on the new return
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
