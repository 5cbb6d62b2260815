# proves: an all-namespaces list bound before a retry and again in it, its items read through a cast: one source, narrowed by a field selector where each call runs, the reason naming why not a read
# expect: KUB005 fixed: the list spans namespaces, and a read in its place would need one namespace

from typing import cast


def lookup(api, namespace, name):
    response = api.list_pod_for_all_namespaces()
    for attempt in range(2):
        response = api.list_pod_for_all_namespaces()
    return any(
        p.metadata.namespace == "jobs" and p.metadata.name == name
        for p in cast("V1PodList", response).items
    )
