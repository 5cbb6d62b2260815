# proves: a culler that lists the single-user pods by label and keeps those whose name starts with the user prefix: many objects, no lookup
# expect: clean
from kubernetes_asyncio import client


async def user_pods(core: client.CoreV1Api, namespace: str, user: str) -> list[str]:
    pods = await core.list_namespaced_pod(namespace, label_selector="app=etl")
    return [p.metadata.name for p in pods.items if p.metadata.name.startswith(f"{user}-")]


async def lookup(api, namespace, name):
    return await user_pods(api, namespace, name.split("-")[0])
