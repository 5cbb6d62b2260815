# proves: [...][-1] is the same single match
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(batch, namespace, name):
    job = read_or_raise(
        IndexError("list index out of range"),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
    return job
