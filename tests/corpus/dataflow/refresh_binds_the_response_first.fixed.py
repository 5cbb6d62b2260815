# proves: the first binding reaches the search through the response's local (`response = ...`, then `jobs = response.items`), the refresh binds the items at once: spelt through that local, both are the same call, so one finding whose fix narrows each call where it stands
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def job_exists(api, namespace, name, refresh=True):
    response = items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    jobs = response
    if refresh:
        jobs = items_named(
            api.read_namespaced_job, name=name, namespace=namespace
        )
    return any(job.metadata.name == name for job in jobs)


def lookup(api, namespace, name):
    return job_exists(api, namespace, name)
