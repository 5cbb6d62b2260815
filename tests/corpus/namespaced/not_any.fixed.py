# proves: only the any() call is replaced; the surrounding `not` stays
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    if not exists(batch.read_namespaced_job, name=name, namespace=namespace):
        return "missing"
    return "present"
