# proves: resource_version with resource_version_match on a cluster-scoped list: the field selector keeps both
# expect: KUB005 fixed: resource_version asks for a possibly cached version

def lookup(api, namespace, name):
    namespaces = api.list_namespace(resource_version="0", resource_version_match="NotOlderThan")
    return next((n for n in namespaces.items if n.metadata.name == name), None)
