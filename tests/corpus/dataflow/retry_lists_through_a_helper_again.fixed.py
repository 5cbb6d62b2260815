# proves: the first list is direct, the retry lists again through a helper returning the same call: one source, one finding at the direct call, each binding narrowed with a field selector where it runs
# expect: KUB005 fixed: the response is also bound on line 11, where it stays a response

from k8s_lint.runtime import name_selector


def _fetch_jobs(api, namespace):
    return api.list_namespaced_job(namespace)


def lookup(api, namespace, name):
    response = api.list_namespaced_job(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = api.list_namespaced_job(
            namespace, field_selector=name_selector(name)
        )
    return any(j.metadata.name == name for j in response.items)
