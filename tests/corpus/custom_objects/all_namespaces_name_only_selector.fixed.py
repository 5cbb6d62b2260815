# proves: list_custom_object_for_all_namespaces searched by name only may match in several namespaces: narrowed by a field selector, the list kept
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    found = api.list_custom_object_for_all_namespaces(
        group="example.com",
        version="v1",
        resource_plural="widgets",
        field_selector=name_selector(name),
    )
    return any(w["metadata"]["name"] == name for w in found["items"])
