# proves: name not in {item names} becomes not exists()
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return not exists(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
