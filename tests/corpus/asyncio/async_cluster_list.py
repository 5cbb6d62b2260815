# proves: the asyncio client's cluster-scoped list searched by name reads the one object, awaited
# expect: KUB002 fixed

async def lookup(api, namespace, name):
    namespaces = await api.list_namespace()
    return name in [ns.metadata.name for ns in namespaces.items]
