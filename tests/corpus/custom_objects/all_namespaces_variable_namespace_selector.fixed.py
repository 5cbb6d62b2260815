# proves: list_custom_object_for_all_namespaces searched by name and a namespace variable: a read could differ where the namespace is None or empty, so the field selector keeps the list
# expect: KUB005 fixed

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    widgets = api.list_custom_object_for_all_namespaces(
        "example.com", "v1", "widgets", field_selector=name_selector(name)
    )
    return next(
        (w for w in widgets["items"]
         if w["metadata"]["name"] == name and w["metadata"]["namespace"] == namespace),
        None,
    )
