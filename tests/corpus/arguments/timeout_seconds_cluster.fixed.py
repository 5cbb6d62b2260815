# proves: a cluster-scoped list with timeout_seconds is narrowed by a field selector, the argument kept
# expect: KUB005 fixed: timeout_seconds bounds the list call on the server

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    for node in api.list_node(
        timeout_seconds=5, field_selector=name_selector(name)
    ).items:
        if node.metadata.name == name:
            return node
    return None
