# proves: kubernetes_asyncio with next((... for ...), None) over `resp.items or []` to find the server's Pod
# expect: KUB001 fixed
from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


async def server_pod(core: client.CoreV1Api, namespace: str, pod_name: str):
    pod = await aread_or_none(
        core.read_namespaced_pod, name=pod_name, namespace=namespace
    )
    if pod is None:
        return {"state": "stopped"}
    return {"state": "running", "labels": pod.metadata.labels}


async def lookup(api, namespace, name):
    return await server_pod(api, namespace, name)
