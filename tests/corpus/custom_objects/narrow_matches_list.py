# proves: custom objects' matches used as a list are narrowed with get_namespaced_custom_object
# expect: KUB003 fixed
def lookup(api, namespace, name):
    objs = api.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")["items"]
    return [o for o in objs if o["metadata"]["name"] == name]
