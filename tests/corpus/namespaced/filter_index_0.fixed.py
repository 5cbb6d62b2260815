# proves: [...][0] keeps raising IndexError when the job is absent
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(batch, namespace, name):
    return read_or_raise(
        IndexError("list index out of range"),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
