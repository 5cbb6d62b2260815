# proves: a namespace test written first as o["metadata"]["namespace"] raises KeyError on cluster-scoped objects, which have none: with a field selector the other objects never come and the KeyError goes
# expect: clean

GROUP, VERSION, PLURAL = "example.com", "v1", "widgets"


def find_widget(custom, namespace, name):
    """A generic finder, also called on cluster-scoped kinds."""
    for obj in custom.list_cluster_custom_object(GROUP, VERSION, PLURAL)["items"]:
        if obj["metadata"]["namespace"] == namespace and obj["metadata"]["name"] == name:
            return True
    return False


def lookup(api, namespace, name):
    try:
        return find_widget(api, namespace, name)
    except KeyError as error:
        return f"KeyError {error}"
