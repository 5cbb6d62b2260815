# proves: kubernetes_asyncio code awaits the Job list inside parentheses, builds a list of names and returns `name in names`
# expect: KUB001 fixed

from kubernetes_asyncio import client


async def job_exists(batch: client.BatchV1Api, namespace: str, name: str) -> bool:
    names = [job.metadata.name for job in (await batch.list_namespaced_job(namespace=namespace)).items]
    return name in names


async def submit_if_absent(batch, namespace, name) -> str:
    if await job_exists(batch, namespace, name):
        return "skipped: already submitted"
    return "submitted"


async def lookup(api, namespace, name):
    return await submit_if_absent(api, namespace, name)
