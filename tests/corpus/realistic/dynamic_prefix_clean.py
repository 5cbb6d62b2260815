# proves: the dynamic client lists ConfigMaps and keeps those with a prefix: many objects, no lookup
# expect: clean
def config_versions(dyn, namespace: str, base: str) -> list[str]:
    cms = dyn.resources.get(api_version="v1", kind="ConfigMap").get(namespace=namespace)
    return [cm.metadata.name for cm in cms.items if cm.metadata.name.startswith(base)]


def lookup(api, namespace, name):
    return config_versions(api, namespace, "etl-")
