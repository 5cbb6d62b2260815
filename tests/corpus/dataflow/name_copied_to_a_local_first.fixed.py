# proves: the loop body copies the item's name into a local, then tests the local: the same test, so the list is narrowed (the local is not read after the loop)
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    for deployment in items_named(
        api.read_namespaced_deployment, name=name, namespace=namespace
    ):
        current = deployment.metadata.name
        if current == name:
            return deployment.metadata.labels
    return None
