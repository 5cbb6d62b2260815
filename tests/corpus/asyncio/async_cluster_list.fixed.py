# proves: the asyncio client's cluster-scoped list searched by name reads the one object, awaited
# expect: KUB002 fixed

from k8s_lint.runtime import aexists


async def lookup(api, namespace, name):
    return await aexists(api.read_namespace, name=name)
