# proves: kubernetes_asyncio all-namespaces Pod list searched by name and namespace inside a comprehension
# expect: KUB004 fixed
# known-miss: not fixed: `found[0] if found else None` counts as using the matches more than once
from kubernetes_asyncio import client
from k8s_lint.runtime import aitems_named


async def find_pod(core: client.CoreV1Api, namespace: str, pod_name: str):
    pods = await aitems_named(core.read_namespaced_pod, name=pod_name)
    found = [
        p for p in pods if p.metadata.name == pod_name and p.metadata.namespace == namespace
    ]
    return found[0] if found else None


async def lookup(api, namespace, name):
    return await find_pod(api, namespace, name)
