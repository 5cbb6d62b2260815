# proves: the first list comes from a helper, the retry lists directly with the same call: in the inlined copy both are one source, so one finding whose fix narrows both with a field selector (the helper's call inlined, as its list changes)
# expect: KUB005 fixed: the response is also bound on line 11, where it stays a response

def _fetch_jobs(api, namespace):
    return api.list_namespaced_job(namespace)


def lookup(api, namespace, name):
    response = _fetch_jobs(api, namespace)
    for attempt in range(2):
        response = api.list_namespaced_job(namespace)
    return any(j.metadata.name == name for j in response.items)
