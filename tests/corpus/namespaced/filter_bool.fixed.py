# proves: bool([...]) keeps the bool() call around exists()
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return bool(
        exists(batch.read_namespaced_job, name=name, namespace=namespace)
    )
