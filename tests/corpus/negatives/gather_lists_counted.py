# proves: lists awaited in asyncio.gather() whose items are counted: no search for a name, nothing to report
# expect: clean

import asyncio


async def lookup(api, namespace, name):
    jobs, pods = await asyncio.gather(
        api.list_namespaced_job(namespace), api.list_namespaced_pod(namespace)
    )
    return len(jobs.items), len(pods.items)
