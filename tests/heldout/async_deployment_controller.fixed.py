# proves: an asyncio controller class (api in self) lists Deployments with timeout_seconds, takes next((...), None) and decides an action from the found object's labels
# expect: KUB001 fixed

from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


class DeploymentController:
    managed_label = ("app", "etl")

    def __init__(self, apps: client.AppsV1Api):
        self.apps = apps

    async def reconcile(self, namespace: str, name: str) -> dict:
        current = await aread_or_none(
            self.apps.read_namespaced_deployment, name=name, namespace=namespace
        )
        if current is None:
            return {"action": "create", "name": name}
        key, value = self.managed_label
        if (current.metadata.labels or {}).get(key) != value:
            return {"action": "relabel", "name": name}
        return {"action": "noop", "name": name}


async def lookup(api, namespace, name):
    return await DeploymentController(api).reconcile(namespace, name)
