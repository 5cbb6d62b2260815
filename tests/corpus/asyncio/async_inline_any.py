# proves: (await list(...)).items inside any()
# expect: KUB001 fixed

async def lookup(api, ns, name):
    return not any(j.metadata.name == name for j in (await api.list_namespaced_job(ns)).items)
