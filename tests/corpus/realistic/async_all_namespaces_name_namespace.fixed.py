# proves: kubernetes_asyncio all-namespaces Pod list searched by name and namespace inside a comprehension
# expect: KUB004 fixed
# known-miss: narrowed with a field selector (KUB005): the matches are used twice, so the idiomatic read does not apply, and narrowing to a read needs the namespace the comprehension tests
from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


async def find_pod(core: client.CoreV1Api, namespace: str, pod_name: str):
    return await aread_or_none(
        core.read_namespaced_pod, name=pod_name, namespace=namespace
    )


async def lookup(api, namespace, name):
    return await find_pod(api, namespace, name)
