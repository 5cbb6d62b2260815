# proves: (namespace, name) pairs of every Pod, tested with one pair: only the pairs with that name can match, so the list across namespaces is narrowed on the server by the name
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    pairs = {
        (p.metadata.namespace, p.metadata.name)
        for p in api.list_pod_for_all_namespaces(
            field_selector=name_selector(name)
        ).items
    }
    return (namespace, name) in pairs
