# proves: [...][0].attr after an awaited list: (await read).attr
# expect: KUB001 fixed

async def lookup(api, namespace, name):
    jobs = await api.list_namespaced_job(namespace)
    return [j for j in jobs.items if j.metadata.name == name][0].metadata.name
