# proves: a kubernetes_asyncio spawner gathers the Pod and Service lists concurrently and searches each by the same name
# expect: KUB001 fixed
# expect: KUB001 fixed
# known-miss: narrowed with a field selector (KUB005 fixed) instead of reads: a list awaited in asyncio.gather() is followed, but the read that would take its place is not written there
import asyncio

from kubernetes_asyncio import client


async def server_objects(core: client.CoreV1Api, namespace: str, name: str) -> tuple[bool, bool]:
    pods, services = await asyncio.gather(
        core.list_namespaced_pod(namespace), core.list_namespaced_service(namespace)
    )
    has_pod = any(p.metadata.name == name for p in pods.items)
    has_service = any(s.metadata.name == name for s in services.items)
    return has_pod, has_service


async def lookup(api, namespace, name):
    return await server_objects(api, namespace, name)
