# proves: `async with` a lock around the PVC search, with the "not found" fallback after the block
# expect: KUB001 fixed
# known-miss: not fixed: the search inside `async with`, with the fallback after the block, counts as the loop doing more than find the match
import asyncio

from kubernetes_asyncio import client


class VolumeManager:
    def __init__(self, core: client.CoreV1Api, namespace: str) -> None:
        self.core = core
        self.namespace = namespace
        self._lock = asyncio.Lock()

    async def pvc_exists(self, pvc_name: str) -> bool:
        async with self._lock:
            claims = await self.core.list_namespaced_persistent_volume_claim(self.namespace)
            for claim in claims.items:
                if claim.metadata.name == pvc_name:
                    return True
        return False


async def lookup(api, namespace, name):
    return await VolumeManager(api, namespace).pvc_exists(name)
