# proves: a Helm test hook serialises the matching ServiceMonitor (custom object dict) with api_client.sanitize_for_serialization
# expect: KUB003 fixed
from k8s_lint.runtime import items_named
from kubernetes import client

SERIALIZER = client.ApiClient()


def service_monitor(custom: client.CustomObjectsApi, namespace: str, name: str):
    monitors = items_named(
        custom.get_namespaced_custom_object,
        name=name,
        group="monitoring.coreos.com",
        version="v1",
        namespace=namespace,
        plural="servicemonitors",
    )
    for item in monitors:
        if item["metadata"]["name"] == name:
            return SERIALIZER.sanitize_for_serialization(item)
    return None


def lookup(api, namespace, name):
    return service_monitor(api, namespace, name)
