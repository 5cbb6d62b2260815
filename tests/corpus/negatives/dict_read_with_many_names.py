# proves: one dict keyed by name read for many names is one list for many lookups: no finding
# expect: clean
def lookup(api, namespace, names):
    by_name = {cm.metadata.name: cm for cm in api.list_namespaced_config_map(namespace).items}
    return [by_name.get(n) for n in names]
