# proves: a sync spawner whose Service name is an f-string of two attributes, searched in a comprehension with `in`
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes import client


class NamedServerSpawner:
    def __init__(self, core: client.CoreV1Api, namespace: str, user: str, server: str) -> None:
        self.core = core
        self.namespace = namespace
        self.user = user
        self.server = server

    def service_exists(self) -> bool:
        service_name = f"{self.user}-{self.server}"
        return exists(
            self.core.read_namespaced_service,
            name=service_name,
            namespace=self.namespace,
        )


def lookup(api, namespace, name):
    user, _, server = name.partition("-")
    return NamedServerSpawner(api, namespace, user, server).service_exists()
