# proves: the asyncio client's list_cluster_custom_object may span namespaces: narrowed by a field selector, never read
# expect: KUB005 fixed: lists a cluster-scoped resource or a namespaced one

from k8s_lint.runtime import name_selector


async def lookup(api, namespace, name):
    found = await api.list_cluster_custom_object(
        "example.com", "v1", "gadgets", field_selector=name_selector(name)
    )
    return next((g for g in found["items"] if g["metadata"]["name"] == name), None)
