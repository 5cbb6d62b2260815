# proves: next() without a default keeps raising StopIteration when absent
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(batch, namespace, name):
    return read_or_raise(
        StopIteration(),
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
