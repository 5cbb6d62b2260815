# proves: a JupyterHub-like spawner whose pod name is built with "{}-{}".format(...) and checked by listing the namespace
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes import client


class KubeSpawnerLite:
    pod_name_template = "{}-{}"

    def __init__(self, core: client.CoreV1Api, namespace: str, user: str, server: str) -> None:
        self.core = core
        self.namespace = namespace
        self.pod_name = self.pod_name_template.format(user, server)

    def pod_exists(self) -> bool:
        return exists(
            self.core.read_namespaced_pod,
            name=self.pod_name,
            namespace=self.namespace,
        )

    def poll(self) -> int | None:
        return None if self.pod_exists() else 1


def lookup(api, namespace, name):
    user, _, server = name.partition("-")
    return KubeSpawnerLite(api, namespace, user, server).poll()
