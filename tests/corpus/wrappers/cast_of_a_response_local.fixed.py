# proves: the response bound to a local, then cast to another local for the type checker: the cast hands the response on, so the search of its items is followed and fixed
# expect: KUB001 fixed

import typing

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
