# proves: a list response bound again by the same call in a retry loop, its items read where both reach: narrowing one call to a read would turn its response into items where the other's response is read too (a metamorphic variant found a safe fix that broke this); one source, one finding, whose fix narrows both calls by a field selector, which keeps the response
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(batch, namespace, name):
    response = batch.list_namespaced_job(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = batch.list_namespaced_job(
            namespace, field_selector=name_selector(name)
        )
    return any(j.metadata.name == name for j in response.items)
