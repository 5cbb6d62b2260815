# proves: a dict keyed by name, read twice with the same name, is narrowed (it then holds that key or none)
# expect: KUB001 fixed
def lookup(api, namespace, name):
    by_name = {cm.metadata.name: cm for cm in api.list_namespaced_config_map(namespace).items}
    if name not in by_name:
        return None
    return by_name[name].metadata.labels
