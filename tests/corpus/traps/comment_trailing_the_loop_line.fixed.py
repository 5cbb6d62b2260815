# proves: a trailing comment on the loop's line goes with the loop the fix replaces, not above the read
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
