# proves: a kubernetes_asyncio operator finds its custom resource in the awaited custom-object list (["items"], dict access)
# expect: KUB003 fixed
from kubernetes_asyncio import client


async def get_backup(custom: client.CustomObjectsApi, namespace: str, backup: str):
    resp = await custom.list_namespaced_custom_object(
        group="stash.appscode.com", version="v1beta1", namespace=namespace, plural="backupsessions"
    )
    for item in resp["items"]:
        if item["metadata"]["name"] == backup:
            return item
    return None


async def lookup(api, namespace, name):
    return await get_backup(api, namespace, name)
