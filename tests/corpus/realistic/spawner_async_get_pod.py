# proves: a kubernetes_asyncio spawner method that awaits the Pod list and returns the one with its pod name
# expect: KUB001 fixed
from kubernetes_asyncio import client


class AsyncSpawner:
    def __init__(self, core: client.CoreV1Api, namespace: str, pod_name: str) -> None:
        self.core = core
        self.namespace = namespace
        self.pod_name = pod_name

    async def get_pod(self):
        pods = await self.core.list_namespaced_pod(self.namespace)
        for pod in pods.items:
            if pod.metadata.name == self.pod_name:
                return pod
        return None

    async def poll(self):
        pod = await self.get_pod()
        return 0 if pod is None else None


async def lookup(api, namespace, name):
    spawner = AsyncSpawner(api, namespace, name)
    return await spawner.get_pod(), await spawner.poll()
