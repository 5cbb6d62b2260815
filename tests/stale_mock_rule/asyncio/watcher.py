from kubernetes_asyncio import client


async def pod_exists(core: client.CoreV1Api, namespace: str, name: str) -> bool:
    pods = await core.list_namespaced_pod(namespace)
    return name in [p.metadata.name for p in pods.items]
