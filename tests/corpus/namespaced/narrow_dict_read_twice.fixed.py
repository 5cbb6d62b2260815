# proves: a dict keyed by name, read twice with the same name, is narrowed (it then holds that key or none)
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    by_name = {
        cm.metadata.name: cm
        for cm in items_named(
            api.read_namespaced_config_map, name=name, namespace=namespace
        )
    }
    if name not in by_name:
        return None
    return by_name[name].metadata.labels
