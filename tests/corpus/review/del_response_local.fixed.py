# proves: `del` of the response local once its items are taken (to free the big list early) is no use of the items: the search is still a lookup, narrowed where the list was, and the `del` stays
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def etl_status(batch, namespace, job_name):
    resp = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    jobs = resp
    del resp  # the response holds every Job of the namespace: free it before the search
    for job in jobs:
        if job.metadata.name == job_name:
            return job.status
    return None


def lookup(api, namespace, name):
    return etl_status(api, namespace, name)
