# proves: next(..., {}): a new empty dict has no side effects and cannot raise
# expect: KUB003 fixed

def lookup(api, namespace, name):
    listed = api.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")
    return next((o for o in listed["items"] if o["metadata"]["name"] == name), {})
