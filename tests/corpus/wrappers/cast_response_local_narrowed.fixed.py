# proves: a response local read through a cast in a loop that does more than find the match: narrowed, the cast keeps wrapping what is now the list itself, so `.items` goes with the response (executed: a fix that left `.items` would raise AttributeError)
# expect: KUB001 fixed

from typing import cast

from k8s_lint.runtime import items_named


def lookup(api, namespace, name):
    response = items_named(
        api.read_namespaced_job, name=name, namespace=namespace
    )
    for job in cast("V1JobList", response):
        if job.metadata.name != name:
            continue
        if job.status.succeeded:
            return "done"
        return "running"
    return "missing"
