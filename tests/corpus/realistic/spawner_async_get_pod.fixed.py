# proves: a kubernetes_asyncio spawner method that awaits the Pod list and returns the one with its pod name
# expect: KUB001 fixed
from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


class AsyncSpawner:
    def __init__(self, core: client.CoreV1Api, namespace: str, pod_name: str) -> None:
        self.core = core
        self.namespace = namespace
        self.pod_name = pod_name

    async def get_pod(self):
        return await aread_or_none(
            self.core.read_namespaced_pod,
            name=self.pod_name,
            namespace=self.namespace,
        )

    async def poll(self):
        pod = await self.get_pod()
        return 0 if pod is None else None


async def lookup(api, namespace, name):
    spawner = AsyncSpawner(api, namespace, name)
    return await spawner.get_pod(), await spawner.poll()
