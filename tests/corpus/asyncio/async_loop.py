# proves: await on the list, then the loop idiom: await on the read
# expect: KUB001 fixed

async def lookup(api, namespace, name):
    jobs = await api.list_namespaced_job(namespace)
    for job in jobs.items:
        if job.metadata.name == name:
            return job
    return None
