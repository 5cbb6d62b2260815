# proves: a helper whose other path returns a cached list in the items' place hands on more than the list call's items: no finding through it
# expect: clean
CACHE = {}


def fetch_jobs(batch, namespace):
    if namespace in CACHE:
        return CACHE[namespace], None
    response = batch.list_namespaced_job(namespace)
    return response.items, None


def lookup(batch, namespace, name):
    jobs, _ = fetch_jobs(batch, namespace)
    return any(job.metadata.name == name for job in jobs)
