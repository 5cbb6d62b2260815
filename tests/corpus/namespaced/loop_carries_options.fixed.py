# proves: pretty and _request_timeout carry over; a long line is wrapped one argument per line
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    return exists(
        batch.read_namespaced_job,
        name=name,
        namespace=namespace,
        pretty="true",
        _request_timeout=(3, 30),
    )
