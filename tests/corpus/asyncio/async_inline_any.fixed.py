# proves: (await list(...)).items inside any()
# expect: KUB001 fixed

from k8s_lint.runtime import aexists


async def lookup(api, ns, name):
    return not await aexists(api.read_namespaced_job, name=name, namespace=ns)
