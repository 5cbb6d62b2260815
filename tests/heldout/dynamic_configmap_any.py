# proves: the dynamic client's ConfigMap resource is listed with get(namespace=...) and searched with any(item.metadata.name == name ...)
# expect: KUB001 fixed

from kubernetes.dynamic import DynamicClient


def has_config(dyn: DynamicClient, namespace: str, name: str) -> bool:
    config_maps = dyn.resources.get(api_version="v1", kind="ConfigMap")
    listing = config_maps.get(namespace=namespace)
    return any(item.metadata.name == name for item in listing.items)


def lookup(api, namespace, name):
    return has_config(api, namespace, name)
