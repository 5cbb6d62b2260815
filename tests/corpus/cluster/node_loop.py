# proves: a node returned from a loop
# expect: KUB002 fixed

def lookup(api, namespace, name):
    for node in api.list_node(_request_timeout=10).items:
        if name == node.metadata.name:
            return node
    return None
