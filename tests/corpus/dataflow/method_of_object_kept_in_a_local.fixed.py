# proves: an object of a class of the module made into a local just before its one method call (`inv = Inventory(...)`, `inv.names()`) is the object made right there: its method's list is followed and the search fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists


class Inventory:
    def __init__(self, apps, namespace):
        self.apps = apps
        self.namespace = namespace

    def names(self):
        return {ds.metadata.name for ds in self.apps.list_namespaced_daemon_set(self.namespace).items}


def lookup(api, namespace, name):
    inv = Inventory(api, namespace)
    return exists(
        api.read_namespaced_daemon_set, name=name, namespace=namespace
    )
