# proves: a dict keyed by name built with a guard the name implies (`if o.get("metadata")`) and read with one name: narrowed like the unguarded dict
# expect: KUB003 fixed

def lookup(api, namespace, name):
    objects = api.list_namespaced_custom_object("example.com", "v1", namespace, "widgets")
    by_name = {o.get("metadata", {}).get("name"): o for o in objects["items"] if o.get("metadata")}
    return by_name.get(name)
