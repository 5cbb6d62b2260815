# proves: a search inside a lambda may run many times per list: not one lookup
# expect: clean

async def lookup(api, namespace, name):
    jobs = (await api.list_namespaced_job(namespace)).items
    check = lambda: any(j.metadata.name == name for j in jobs)  # noqa: E731
    return check()
