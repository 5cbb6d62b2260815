# proves: a guard written `None is not j.metadata` (None first) is the same guard as `j.metadata is not None`: true of every object the server sends, so the search is a lookup
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
