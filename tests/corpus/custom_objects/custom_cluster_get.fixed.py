# proves: list_cluster_custom_object may span namespaces (a namespaced CRD): select, never read
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    objects = api.list_cluster_custom_object(
        group="example.com",
        version="v1",
        plural="tenants",
        field_selector=name_selector(name),
    )
    return any(o.get("metadata", {}).get("name") == name for o in objects.get("items", []))
