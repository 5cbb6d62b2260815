# proves: the asyncio client's list_custom_object_for_all_namespaces searched by name only: narrowed by a field selector
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


async def lookup(api, namespace, name):
    found = await api.list_custom_object_for_all_namespaces(
        "example.com", "v1", "widgets", field_selector=name_selector(name)
    )
    return any(w["metadata"]["name"] == name for w in found["items"])
