# proves: a namespace variable could hold a value no object has, which matched nothing: a read would differ there, so the list across namespaces is narrowed by a field selector, which keeps every result
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for pod in api.list_pod_for_all_namespaces(
        field_selector=name_selector(name)
    ).items:
        if pod.metadata.name == name and pod.metadata.namespace == namespace:
            return pod
    return None
