# proves: the response bound, its items bound, then sorted by name into a third local that a loop searches and does work on: followed through every local and wrapper, the list is narrowed and the loop stays
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    response = items_named(
        api.read_namespaced_config_map, name=name, namespace=namespace
    )
    items = response
    ordered = sorted(items, key=lambda c: c.metadata.name)
    for config_map in ordered:
        if config_map.metadata.name == name:
            data = config_map.data or {}
            return sorted(data)
    return None
