# proves: an assignment without calls between the list and the search does not block the move
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(batch, namespace, name):
    wanted = name
    return read_or_none(
        batch.read_namespaced_job, name=wanted, namespace=namespace
    )
