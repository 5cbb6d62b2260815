# proves: a helper returning the items of what a decorated helper returns: the search is of that list, reported naming both, and not fixed (the decorator decides what the inner call returns)
# expect: KUB001 not fixed: through _cached_jobs(), whose decorator may change what it returns or raises

import functools


@functools.lru_cache(maxsize=None)
def _cached_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace)


def _jobs(batch, namespace):
    return _cached_jobs(batch, namespace).items


def lookup(api, namespace, name):
    return any(job.metadata.name == name for job in _jobs(api, namespace))
