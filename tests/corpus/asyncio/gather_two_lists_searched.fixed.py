# proves: two lists awaited together in asyncio.gather(), each unpacked to a name whose items are searched for one name: each list is narrowed with a field selector where it stands (a read's result would not be a response there)
# expect: KUB005 fixed: awaited in asyncio.gather()
# expect: KUB005 fixed: awaited in asyncio.gather()

import asyncio

from k8s_lint.runtime import name_selector


async def lookup(api, namespace, name):
    jobs, pods = await asyncio.gather(
        api.list_namespaced_job(namespace, field_selector=name_selector(name)),
        api.list_namespaced_pod(namespace, field_selector=name_selector(name)),
    )
    job = next((j for j in jobs.items if j.metadata.name == name), None)
    has_pod = any(p.metadata.name == name for p in pods.items)
    return job, has_pod
