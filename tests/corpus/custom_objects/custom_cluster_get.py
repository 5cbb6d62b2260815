# proves: list_cluster_custom_object may span namespaces (a namespaced CRD): select, never read
# expect: KUB005 fixed

def lookup(api, namespace, name):
    objects = api.list_cluster_custom_object(group="example.com", version="v1", plural="tenants")
    return any(o.get("metadata", {}).get("name") == name for o in objects.get("items", []))
