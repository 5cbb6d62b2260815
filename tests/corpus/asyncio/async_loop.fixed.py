# proves: await on the list, then the loop idiom: await on the read
# expect: KUB001 fixed

from k8s_lint.runtime import aread_or_none


async def lookup(api, namespace, name):
    return await aread_or_none(
        api.read_namespaced_job, name=name, namespace=namespace
    )
