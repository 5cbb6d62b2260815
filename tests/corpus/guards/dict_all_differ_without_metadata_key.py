# proves: a custom object counts as absent when it has no metadata key or another name: `"metadata" not in o or ...` negates the dict guard
# expect: KUB003 fixed

def lookup(api, namespace, name):
    widgets = api.list_namespaced_custom_object("example.com", "v1", namespace, "widgets")["items"]
    return all("metadata" not in o or o["metadata"]["name"] != name for o in widgets)
