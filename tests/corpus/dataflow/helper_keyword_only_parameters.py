# proves: a helper whose parameters are keyword-only (one with a default): the call binds them by keyword as any other, so it is inlined and the search fixed
# expect: KUB001 fixed

def _jobs(batch, *, namespace, pretty="false"):
    return batch.list_namespaced_job(namespace, pretty=pretty).items


def lookup(api, namespace, name):
    return any(job.metadata.name == name for job in _jobs(api, namespace=namespace))
