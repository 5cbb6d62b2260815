# proves: a class that reaches dynamic resources through its own helper method, then lists and searches by name
# expect: KUB006 fixed
# known-miss: narrowed with a field selector (KUB005 fixed, safe) instead of a read: the namespace is not a literal, and a read could differ where it is None or empty
from k8s_lint.runtime import items_named


class ClusterClient:
    def __init__(self, dyn) -> None:
        self._dyn = dyn

    def _resource(self, kind: str, api_version: str = "apps/v1"):
        return self._dyn.resources.get(api_version=api_version, kind=kind)

    def deployment(self, namespace: str, name: str):
        for d in items_named(
            self._resource("Deployment").get,
            name=name,
            namespace=namespace,
        ):
            if d.metadata.name == name:
                return d.metadata.labels
        return None


def lookup(api, namespace, name):
    return ClusterClient(api).deployment(namespace, name)
