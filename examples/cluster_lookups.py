"""Lookups beyond Jobs: namespaces, pods anywhere, custom resources.

Every function takes an API object, a namespace and a name.
"""

GROUP, VERSION, PLURAL = "stable.example.com", "v1", "crontabs"


def namespace_exists(core, namespace, name):
    names = [ns.metadata.name for ns in core.list_namespace().items]
    return name in names


def find_system_pod(core, namespace, name):
    for pod in core.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name and pod.metadata.namespace == "jobs":
            return pod
    return None


def namespace_of_pod(core, namespace, name):
    for pod in core.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name:
            return pod.metadata.namespace
    return None


def find_crontab(custom, namespace, name):
    listed = custom.list_namespaced_custom_object(
        GROUP, VERSION, namespace, PLURAL
    )
    for item in listed["items"]:
        if item["metadata"]["name"] == name:
            return item
    return None


def etl_config(core, namespace, name):
    config_maps = core.list_namespaced_config_map(
        namespace, label_selector="app=etl"
    ).items
    return next((c for c in config_maps if c.metadata.name == name), None)


def pod_count(core, namespace, name):
    """Counting every pod is a real use of the list: not reported."""
    return len(core.list_namespaced_pod(namespace).items)
