# proves: an admin CLI checks every name given on the command line against one ConfigMap list: one list for many names
# expect: clean
from kubernetes import client


def missing(core: client.CoreV1Api, namespace: str, wanted: list[str]) -> list[str]:
    cms = core.list_namespaced_config_map(namespace).items
    return [w for w in wanted if not any(c.metadata.name == w for c in cms)]


def lookup(api, namespace, name):
    return missing(api, namespace, [name, "settings"])
