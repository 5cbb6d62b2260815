# proves: len(matches) == 0 is absence
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return not exists(
        batch.read_namespaced_job, name=name, namespace=namespace
    )
