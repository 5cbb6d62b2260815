# proves: a conjunct before the name test that indexes an optional metadata key raises KeyError on other objects; the search is not filtered by name first
# expect: clean

GROUP, VERSION, PLURAL = "example.com", "v1", "widgets"


def managed_widget(custom, namespace, name):
    """Objects this controller manages carry no annotations; hand-made ones do."""
    for obj in custom.list_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL)["items"]:
        if obj["metadata"]["annotations"] == {} and obj["metadata"]["name"] == name:
            return obj["metadata"]["name"]
    return None


def lookup(api, namespace, name):
    try:
        return managed_widget(api, namespace, name)
    except KeyError as error:
        return f"KeyError {error}"
