# proves: an all-namespaces list bound before a retry and again in it, its items read through a cast: one source, narrowed by a field selector where each call runs, the reason naming why not a read
# expect: KUB005 fixed: the list spans namespaces, and a read in its place would need one namespace

from typing import cast

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    response = api.list_pod_for_all_namespaces(
        field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = api.list_pod_for_all_namespaces(
            field_selector=name_selector(name)
        )
    return any(
        p.metadata.namespace == "jobs" and p.metadata.name == name
        for p in cast("V1PodList", response).items
    )
