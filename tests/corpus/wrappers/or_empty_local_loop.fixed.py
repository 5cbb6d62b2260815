# proves: `resp.items or []` bound to a local first is still the items
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    resp = items_named(
        api.read_namespaced_config_map, name=name, namespace=namespace
    )
    maps = resp or []
    for config_map in maps:
        if config_map.metadata.name == name:
            return config_map.data
    return None
