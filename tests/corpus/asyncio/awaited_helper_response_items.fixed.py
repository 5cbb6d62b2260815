# proves: an async module function returning the awaited list response, its items read at the search: the call is inlined and the search fixed as if the list were written there (safe: a module function has no override; a test patching it is a stale mock)
# expect: KUB001 fixed
from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


async def list_deployments(apps: client.AppsV1Api, namespace: str) -> client.V1DeploymentList:
    return await apps.list_namespaced_deployment(namespace)


async def lookup(apps, namespace, name):
    return await aread_or_none(
        apps.read_namespaced_deployment, name=name, namespace=namespace
    )
