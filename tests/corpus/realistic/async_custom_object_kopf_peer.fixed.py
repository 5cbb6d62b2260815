# proves: a kubernetes_asyncio operator finds its custom resource in the awaited custom-object list (["items"], dict access)
# expect: KUB003 fixed
from k8s_lint.runtime import aread_or_none
from kubernetes_asyncio import client


async def get_backup(custom: client.CustomObjectsApi, namespace: str, backup: str):
    return await aread_or_none(
        custom.get_namespaced_custom_object,
        name=backup,
        group="stash.appscode.com",
        version="v1beta1",
        namespace=namespace,
        plural="backupsessions",
    )


async def lookup(api, namespace, name):
    return await get_backup(api, namespace, name)
