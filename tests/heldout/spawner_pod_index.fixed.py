# proves: a JupyterHub-style spawner indexes every pod of the namespace by name and takes .get(self.pod_name)
# expect: KUB001 fixed

import string

from k8s_lint.runtime import read_or_none
from kubernetes.client import CoreV1Api

_SAFE = set(string.ascii_lowercase + string.digits + "-.")


def escape_username(username: str) -> str:
    return "".join(c if c in _SAFE else "-" for c in username.lower())


class KubeSpawner:
    pod_name_template = "jupyter-{username}"

    def __init__(self, username, namespace, api: CoreV1Api, pod_name_template=None):
        self.username = username
        self.namespace = namespace
        self.api = api
        if pod_name_template is not None:
            self.pod_name_template = pod_name_template

    @property
    def pod_name(self):
        return self.pod_name_template.format(username=self.username)

    def get_pod(self):
        return read_or_none(
            self.api.read_namespaced_pod, name=self.pod_name, namespace=self.namespace
        )

    def poll(self):
        """None while the server runs, an exit status once it is gone (Spawner.poll)."""
        pod = self.get_pod()
        if pod is None:
            return 0
        return None

    def state(self):
        pod = self.get_pod()
        return {"pod_name": self.pod_name, "labels": dict(pod.metadata.labels) if pod else None}


def lookup(api, namespace, name):
    spawner = KubeSpawner(name, namespace, api, pod_name_template="{username}")
    return spawner.poll(), spawner.state()
