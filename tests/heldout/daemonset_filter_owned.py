# proves: a rollout class filter()s DaemonSets with a lambda testing the name AND an ownership label, then next(iter(...), None): a read plus the label test is the same
# expect: KUB001 fixed

from kubernetes import client


class AgentRollout:
    owner = "etl"

    def __init__(self, apps: client.AppsV1Api, namespace: str, daemonset: str = "node-agent"):
        self.apps = apps
        self.namespace = namespace
        self.daemonset = daemonset

    def _find(self):
        matches = filter(
            lambda ds: ds.metadata.name == self.daemonset
            and (ds.metadata.labels or {}).get("app") == self.owner,
            self.apps.list_namespaced_daemon_set(self.namespace).items,
        )
        return next(iter(matches), None)

    def status(self) -> str:
        ds = self._find()
        if ds is None:
            return "absent"
        return f"present in {ds.metadata.namespace}"


def lookup(api, namespace, name):
    return AgentRollout(api, namespace, daemonset=name).status()
