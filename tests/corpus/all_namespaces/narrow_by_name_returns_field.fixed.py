# proves: all namespaces searched by name only, the matches returned as a list: the list stays, narrowed by a field selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    return [
        p.metadata.namespace
        for p in api.list_pod_for_all_namespaces(
            field_selector=name_selector(name)
        ).items
        if p.metadata.name == name
    ]
