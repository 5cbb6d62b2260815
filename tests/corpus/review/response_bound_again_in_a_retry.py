# proves: a list response bound again by the same call in a retry loop, its items read where both reach: narrowing one call would turn its response into items where the other's response is read too, so neither is fixed (a metamorphic variant found a safe fix that broke this)
# expect: KUB001 not fixed: the response is also bound on line 8
# expect: KUB001 not fixed: the response is also bound on line 6

def lookup(batch, namespace, name):
    response = batch.list_namespaced_job(namespace)
    for attempt in range(2):
        response = batch.list_namespaced_job(namespace)
    return any(j.metadata.name == name for j in response.items)
