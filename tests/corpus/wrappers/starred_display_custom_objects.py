# proves: [*items] of custom objects (dicts) sorted by name is the same items: a lookup
# expect: KUB003 fixed

def lookup(api, namespace, name):
    widgets = api.list_namespaced_custom_object("example.com", "v1", namespace, "widgets")
    for widget in sorted([*widgets["items"]], key=lambda w: w["metadata"]["name"]):
        if widget["metadata"]["name"] == name:
            return widget
    return None
