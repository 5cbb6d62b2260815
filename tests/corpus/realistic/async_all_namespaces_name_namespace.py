# proves: kubernetes_asyncio all-namespaces Pod list searched by name and namespace inside a comprehension
# expect: KUB004 fixed
# known-miss: narrowed with a field selector (KUB005): the matches are used twice, so the idiomatic read does not apply, and narrowing to a read needs the namespace the comprehension tests
from kubernetes_asyncio import client


async def find_pod(core: client.CoreV1Api, namespace: str, pod_name: str):
    pods = await core.list_pod_for_all_namespaces()
    found = [
        p for p in pods.items if p.metadata.name == pod_name and p.metadata.namespace == namespace
    ]
    return found[0] if found else None


async def lookup(api, namespace, name):
    return await find_pod(api, namespace, name)
