# proves: next(...).attr: StopIteration inside a coroutine is a RuntimeError both times
# expect: KUB001 fixed

async def lookup(api, namespace, name):
    jobs = (await api.list_namespaced_job(namespace)).items
    return next(j for j in jobs if j.metadata.name == name).metadata.namespace
