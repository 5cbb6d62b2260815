# proves: custom objects: dict items, group/version/plural carried as keywords
# expect: KUB003 fixed

def lookup(api, namespace, name):
    listed = api.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")
    for item in listed["items"]:
        if item["metadata"]["name"] == name:
            return item
    return None
