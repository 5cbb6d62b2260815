# proves: a response bound before a retry and again in it, then cast to another local: one source whose response the cast hands on, so each call is narrowed where it runs
# expect: KUB005 fixed: the response is also bound

import typing

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    response = api.list_namespaced_job(
        namespace, field_selector=name_selector(name)
    )
    for attempt in range(2):
        response = api.list_namespaced_job(
            namespace, field_selector=name_selector(name)
        )
    jobs = typing.cast("V1JobList", response)
    return any(job.metadata.name == name for job in jobs.items)
