# proves: two lists awaited together with asyncio.gather, each searched with any() for the release's ConfigMap and Secret
# expect: KUB001 fixed
# expect: KUB001 fixed

import asyncio
from typing import NamedTuple

from k8s_lint.runtime import aexists
from kubernetes_asyncio import client


class ReleaseInputs(NamedTuple):
    values: bool
    credentials: bool

    @property
    def ready(self) -> bool:
        return self.values and self.credentials


async def release_inputs(core: client.CoreV1Api, namespace: str, release: str) -> ReleaseInputs:
    values, credentials = await asyncio.gather(
        aexists(core.read_namespaced_config_map, name=release, namespace=namespace),
        aexists(core.read_namespaced_secret, name=release, namespace=namespace),
    )
    return ReleaseInputs(values=values, credentials=credentials)


async def lookup(api, namespace, name):
    inputs = await release_inputs(api, namespace, name)
    return inputs, inputs.ready
