# proves: `if len(matches):` is existence
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    if exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return 1
    return 0
