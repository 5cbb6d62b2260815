# proves: a list bound again by the same call on one branch reaches the search with the first: one source, so one finding at the first call, whose fix narrows each call in place (neither moves into the search)
# expect: KUB001 fixed

def job_exists(api, namespace, name, refresh=True):
    jobs = api.list_namespaced_job(namespace).items
    if refresh:
        jobs = api.list_namespaced_job(namespace).items
    return any(job.metadata.name == name for job in jobs)


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
