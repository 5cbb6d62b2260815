# proves: every item of a namespaced list is in its namespace: testing it again changes nothing
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
