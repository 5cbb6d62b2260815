# proves: a guard and-ed with the name test in parentheses, then the namespace test, `(g and name) and ns`, tests what `g and name and ns` does: the conjunction is read flattened, and the list across namespaces is narrowed by a field selector
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for pod in api.list_pod_for_all_namespaces(
        field_selector=name_selector(name)
    ).items:
        if (pod.metadata is not None and pod.metadata.name == name) and pod.metadata.namespace == namespace:
            return pod
    return None
