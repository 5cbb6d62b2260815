# proves: a Helm test hook serialises the matching ServiceMonitor (custom object dict) with api_client.sanitize_for_serialization
# expect: KUB003 fixed
from kubernetes import client

SERIALIZER = client.ApiClient()


def service_monitor(custom: client.CustomObjectsApi, namespace: str, name: str):
    monitors = custom.list_namespaced_custom_object(
        "monitoring.coreos.com", "v1", namespace, "servicemonitors"
    )
    for item in monitors["items"]:
        if item["metadata"]["name"] == name:
            return SERIALIZER.sanitize_for_serialization(item)
    return None


def lookup(api, namespace, name):
    return service_monitor(api, namespace, name)
