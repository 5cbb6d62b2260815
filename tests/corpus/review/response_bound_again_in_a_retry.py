# proves: a list response bound again by the same call in a retry loop, its items read where both reach: narrowing one call to a read would turn its response into items where the other's response is read too (a metamorphic variant found a safe fix that broke this); one source, one finding, whose fix narrows both calls by a field selector, which keeps the response
# expect: KUB005 fixed

def lookup(batch, namespace, name):
    response = batch.list_namespaced_job(namespace)
    for attempt in range(2):
        response = batch.list_namespaced_job(namespace)
    return any(j.metadata.name == name for j in response.items)
