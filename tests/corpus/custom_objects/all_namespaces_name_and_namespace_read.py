# proves: list_custom_object_for_all_namespaces searched by name and a literal namespace reads the one object from that namespace
# expect: KUB003 fixed

def lookup(api, namespace, name):
    widgets = api.list_custom_object_for_all_namespaces("example.com", "v1", "widgets")["items"]
    for widget in widgets:
        if widget["metadata"]["name"] == name and widget["metadata"]["namespace"] == "jobs":
            return widget
    return None
