# proves: a list bound again by the same call on one branch reaches the search with the first: one source, so one finding at the first call, whose fix narrows each call in place (neither moves into the search)
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def job_exists(api, namespace, name, refresh=True):
    jobs = items_named(api.read_namespaced_job, name=name, namespace=namespace)
    if refresh:
        jobs = items_named(
            api.read_namespaced_job, name=name, namespace=namespace
        )
    return any(job.metadata.name == name for job in jobs)


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
