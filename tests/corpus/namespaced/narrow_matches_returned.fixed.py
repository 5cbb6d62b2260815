# proves: the matches returned as a list: the 0-or-1-item list of the read is that list
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    return [
        cm
        for cm in items_named(
            api.read_namespaced_config_map, name=name, namespace=namespace
        )
        if cm.metadata.name == name
    ]
