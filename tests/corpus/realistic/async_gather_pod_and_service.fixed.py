# proves: a kubernetes_asyncio spawner gathers the Pod and Service lists concurrently and searches each by the same name
# expect: KUB001 fixed
# expect: KUB001 fixed
# known-miss: not flagged: lists awaited through asyncio.gather() are not followed
import asyncio

from k8s_lint.runtime import aexists
from kubernetes_asyncio import client


async def server_objects(core: client.CoreV1Api, namespace: str, name: str) -> tuple[bool, bool]:
    has_pod, has_service = await asyncio.gather(
        aexists(core.read_namespaced_pod, name=name, namespace=namespace),
        aexists(core.read_namespaced_service, name=name, namespace=namespace),
    )
    return has_pod, has_service


async def lookup(api, namespace, name):
    return await server_objects(api, namespace, name)
