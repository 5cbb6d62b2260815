# proves: two lists awaited together with asyncio.gather, each searched with any() for the release's ConfigMap and Secret
# expect: KUB001 fixed
# expect: KUB001 fixed

import asyncio
from typing import NamedTuple

from kubernetes_asyncio import client


class ReleaseInputs(NamedTuple):
    values: bool
    credentials: bool

    @property
    def ready(self) -> bool:
        return self.values and self.credentials


async def release_inputs(core: client.CoreV1Api, namespace: str, release: str) -> ReleaseInputs:
    config_maps, secrets = await asyncio.gather(
        core.list_namespaced_config_map(namespace),
        core.list_namespaced_secret(namespace),
    )
    return ReleaseInputs(
        values=any(cm.metadata.name == release for cm in config_maps.items),
        credentials=any(s.metadata.name == release for s in secrets.items),
    )


async def lookup(api, namespace, name):
    inputs = await release_inputs(api, namespace, name)
    return inputs, inputs.ready
