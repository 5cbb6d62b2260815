# proves: the response bound to a local, then cast where its items are read (`cast("V1JobList", response).items`): the cast hands the response on, so the search through it is a lookup and the read replaces it
# expect: KUB001 fixed

from typing import cast


def lookup(api, namespace, name):
    response = api.list_namespaced_job(namespace)
    return any(j.metadata.name == name for j in cast("V1JobList", response).items)
