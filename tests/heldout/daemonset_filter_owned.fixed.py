# proves: a rollout class filter()s DaemonSets with a lambda testing the name AND an ownership label, then next(iter(...), None): a read plus the label test is the same
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none
from kubernetes import client


class AgentRollout:
    owner = "etl"

    def __init__(self, apps: client.AppsV1Api, namespace: str, daemonset: str = "node-agent"):
        self.apps = apps
        self.namespace = namespace
        self.daemonset = daemonset

    def _find(self):
        ds = read_or_none(
            self.apps.read_namespaced_daemon_set, name=self.daemonset, namespace=self.namespace
        )
        if ds is not None and (ds.metadata.labels or {}).get("app") == self.owner:
            return ds
        return None

    def status(self) -> str:
        ds = self._find()
        if ds is None:
            return "absent"
        return f"present in {ds.metadata.namespace}"


def lookup(api, namespace, name):
    return AgentRollout(api, namespace, daemonset=name).status()
