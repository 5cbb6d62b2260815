# proves: summaries compose: a function returning the items of what another list-returning function returns is summarised in turn, so the search of its result is fixed as if the list call were written there
# expect: KUB001 fixed

def _fetch_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace)


def all_jobs(batch, namespace):
    return _fetch_jobs(batch, namespace).items


def lookup(batch, namespace, name):
    for job in all_jobs(batch, namespace):
        if job.metadata.name == name:
            return job
    return None
