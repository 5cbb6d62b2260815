# proves: a cluster-scoped list with timeout_seconds is narrowed by a field selector, the argument kept
# expect: KUB005 fixed: timeout_seconds bounds the list call on the server

def lookup(api, namespace, name):
    for node in api.list_node(timeout_seconds=5).items:
        if node.metadata.name == name:
            return node
    return None
