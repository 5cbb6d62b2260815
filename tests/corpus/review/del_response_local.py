# proves: `del` of the response local once its items are taken (to free the big list early) is no use of the items: the search is still a lookup, narrowed where the list was, and the `del` stays
# expect: KUB001 fixed

def etl_status(batch, namespace, job_name):
    resp = batch.list_namespaced_job(namespace)
    jobs = resp.items
    del resp  # the response holds every Job of the namespace: free it before the search
    for job in jobs:
        if job.metadata.name == job_name:
            return job.status
    return None


def lookup(api, namespace, name):
    return etl_status(api, namespace, name)
