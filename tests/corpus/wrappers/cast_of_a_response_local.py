# proves: the response bound to a local, then cast to another local for the type checker: the cast hands the response on, so the search of its items is followed and fixed
# expect: KUB001 fixed

import typing


def lookup(api, namespace, name):
    response = api.list_namespaced_job(namespace)
    jobs = typing.cast("V1JobList", response)
    return any(job.metadata.name == name for job in jobs.items)
