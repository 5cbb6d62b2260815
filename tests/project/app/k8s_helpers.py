"""List helpers of the project; lookups.py searches what they return."""

import functools

NAMESPACE = "jobs"


def fetch_jobs(batch, namespace):
    """Every Job of the namespace: the response."""
    return batch.list_namespaced_job(namespace)


def pod_items(core, namespace):
    return sorted(core.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)


def jobs_in_default(batch):
    # Reads this module's NAMESPACE, which means nothing where it is called.
    return batch.list_namespaced_job(NAMESPACE)


@functools.lru_cache
def cached_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace)
