# proves: does the namespace exist: cluster-scoped read with the name only
# expect: KUB002 fixed

def lookup(api, namespace, name):
    return name in {ns.metadata.name for ns in api.list_namespace().items}
