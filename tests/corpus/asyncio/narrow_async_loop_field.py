# proves: an async loop returning a field of the match is narrowed with aitems_named
# expect: KUB001 fixed
async def lookup(api, namespace, name):
    for job in (await api.list_namespaced_job(namespace)).items:
        if job.metadata.name == name:
            return job.metadata.labels
    return None
