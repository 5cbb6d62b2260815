# proves: list_custom_object_for_all_namespaces searched by name only may match in several namespaces: narrowed by a field selector, the list kept
# expect: KUB005 fixed

def lookup(api, namespace, name):
    found = api.list_custom_object_for_all_namespaces(
        group="example.com", version="v1", resource_plural="widgets"
    )
    return any(w["metadata"]["name"] == name for w in found["items"])
