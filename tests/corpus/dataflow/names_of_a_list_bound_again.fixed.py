# proves: the names of a list bound again by the same call (a retry) are one source: no read can take the place of one binding, so each call is narrowed by a field selector where it runs, in one finding, and the membership test stays
# expect: KUB005 fixed: the list is also bound on line 7

from k8s_lint.runtime import name_selector


def lookup(core, namespace, name):
    response = core.list_namespaced_service(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = core.list_namespaced_service(
            namespace, field_selector=name_selector(name)
        )
    svc_names = set(s.metadata.name for s in response.items)
    if name not in svc_names:
        return "missing"
    return "present"
