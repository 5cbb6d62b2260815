# proves: the first binding reaches the search through the response's local (`response = ...`, then `jobs = response.items`), the refresh binds the items at once: spelt through that local, both are the same call, so one finding whose fix narrows each call where it stands
# expect: KUB001 fixed

def job_exists(api, namespace, name, refresh=True):
    response = api.list_namespaced_job(namespace)
    jobs = response.items
    if refresh:
        jobs = api.list_namespaced_job(namespace).items
    return any(job.metadata.name == name for job in jobs)


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
