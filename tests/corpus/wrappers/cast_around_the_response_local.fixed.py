# proves: the response bound to a local, then cast where its items are read (`cast("V1JobList", response).items`): the cast hands the response on, so the search through it is a lookup and the read replaces it
# expect: KUB001 fixed

from typing import cast

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
