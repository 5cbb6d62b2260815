# proves: an asyncio leader-election helper lists its peers, every pod of the app except the one with its own name (!=): the result is all the others
# expect: clean

import asyncio

from kubernetes_asyncio import client


async def peers(core: client.CoreV1Api, namespace: str, my_name: str) -> list[str]:
    pods = await core.list_namespaced_pod(namespace, label_selector="app=etl")
    return sorted(p.metadata.name for p in pods.items if p.metadata.name != my_name)


async def am_i_leader(core, namespace, my_name):
    others = await peers(core, namespace, my_name)
    await asyncio.sleep(0)
    return all(my_name < other for other in others)


async def lookup(api, namespace, name):
    return await peers(api, namespace, name), await am_i_leader(api, namespace, name)
