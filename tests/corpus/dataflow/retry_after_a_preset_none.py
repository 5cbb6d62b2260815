# proves: a retry whose local is first set to None, which never reaches the search (the last attempt re-raises): narrowing the list where it stands keeps every path
# expect: KUB005 fixed
# known-miss: not fixed: `resp` is also bound on line 9, to another value (the None pre-set is taken to reach the search)

from kubernetes.client.exceptions import ApiException


def lookup(api, namespace, name):
    resp = None
    for attempt in range(3):
        try:
            resp = api.list_namespaced_job(namespace)
            break
        except ApiException:
            if attempt == 2:
                raise
    return any(j.metadata.name == name for j in resp.items)
