# proves: a custom object guarded by `o.get("metadata")` before its name is read is the same lookup
# expect: KUB003 fixed

def lookup(api, namespace, name):
    found = api.list_namespaced_custom_object("example.com", "v1", namespace, "widgets")
    return next((o for o in found["items"] if o.get("metadata") and o["metadata"]["name"] == name), None)
