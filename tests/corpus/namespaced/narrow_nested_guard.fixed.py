# proves: a name test nested under a guard that does not look at the item
# expect: KUB001 fixed
from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for d in items_named(
        api.read_namespaced_deployment, name=name, namespace=namespace
    ):
        if name is not None:
            if d.metadata.name == name:
                return d.metadata.labels
    return None
