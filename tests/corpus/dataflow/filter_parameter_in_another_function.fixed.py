# proves: a parameter called `filter` elsewhere does not shadow the builtin in this function
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def paged(api, namespace, filter=None):
    return filter


def lookup(api, namespace, name):
    return read_or_raise(
        IndexError("list index out of range"),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
