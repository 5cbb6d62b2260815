# proves: the asyncio client's list with timeout_seconds is narrowed by a field selector, the argument kept
# expect: KUB005 fixed: timeout_seconds bounds the list call on the server

from k8s_lint.runtime import name_selector


async def lookup(api, namespace, name):
    jobs = await api.list_namespaced_job(
        namespace, timeout_seconds=30, field_selector=name_selector(name)
    )
    return any(job.metadata.name == name for job in jobs.items)
