# proves: an async helper returning the awaited list response, its items read at the search: followed, and narrowed there with an awaited read (unsafe: the search no longer calls the helper)
# expect: KUB001 unsafe: the search no longer calls list_deployments()
from kubernetes_asyncio import client


async def list_deployments(apps: client.AppsV1Api, namespace: str) -> client.V1DeploymentList:
    return await apps.list_namespaced_deployment(namespace)


async def lookup(apps, namespace, name):
    deployments = (await list_deployments(apps, namespace)).items
    return next((d for d in deployments if d.metadata.name == name), None)
