# proves: `async with` a lock around the PVC search, with the "not found" fallback after the block
# expect: KUB001 fixed
import asyncio

from k8s_lint.runtime import aitems_named
from kubernetes_asyncio import client


class VolumeManager:
    def __init__(self, core: client.CoreV1Api, namespace: str) -> None:
        self.core = core
        self.namespace = namespace
        self._lock = asyncio.Lock()

    async def pvc_exists(self, pvc_name: str) -> bool:
        async with self._lock:
            claims = await aitems_named(
                self.core.read_namespaced_persistent_volume_claim,
                name=pvc_name,
                namespace=self.namespace,
            )
            for claim in claims:
                if claim.metadata.name == pvc_name:
                    return True
        return False


async def lookup(api, namespace, name):
    return await VolumeManager(api, namespace).pvc_exists(name)
