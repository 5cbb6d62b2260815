# proves: a kubernetes_asyncio watch on Jobs that waits for one name to complete: a stream, no lookup
# expect: clean
from kubernetes_asyncio import client, watch


async def wait_for_job(batch: client.BatchV1Api, namespace: str, job_name: str) -> bool:
    async with watch.Watch() as w:
        async for event in w.stream(batch.list_namespaced_job, namespace, timeout_seconds=30):
            job = event["object"]
            if job.metadata.name == job_name and job.status.succeeded:
                return True
    return False
