# proves: tuple(...)[0] keeps the tuple's IndexError message
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_raise


def lookup(api, namespace, name):
    return read_or_raise(
        IndexError("tuple index out of range"),
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
