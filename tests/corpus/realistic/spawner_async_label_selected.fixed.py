# proves: a kubernetes_asyncio spawner lists its pods by label selector and searches them by name: the list stays, narrowed by a field selector
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes_asyncio import client


async def singleuser_pod(core: client.CoreV1Api, namespace: str, pod_name: str, app: str = "etl"):
    pods = await core.list_namespaced_pod(
        namespace,
        label_selector=f"app={app}",
        field_selector=name_selector(pod_name),
    )
    for pod in pods.items:
        if pod.metadata.name == pod_name:
            return pod
    return None


async def lookup(api, namespace, name):
    return await singleuser_pod(api, namespace, name)
