# proves: the asyncio client's list_custom_object_for_all_namespaces searched by name and a literal namespace: the object is read from that namespace
# expect: KUB003 fixed

async def lookup(api, namespace, name):
    found = await api.list_custom_object_for_all_namespaces("example.com", "v1", "widgets")
    for widget in found["items"]:
        if widget["metadata"]["name"] == name and widget["metadata"]["namespace"] == "jobs":
            return widget
    return None
