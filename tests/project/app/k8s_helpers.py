"""List helpers of the project; lookups.py searches what they return."""

import functools
import os

NAMESPACE = "jobs"
SCOPE = os.environ.get("JOBS_NAMESPACE", "jobs")


def fetch_jobs(batch, namespace):
    """Every Job of the namespace: the response."""
    return batch.list_namespaced_job(namespace)


def pod_items(core, namespace):
    return sorted(core.list_namespaced_pod(namespace).items, key=lambda p: p.metadata.name)


def jobs_in_default(batch):
    # Reads this module's NAMESPACE, a literal: it means that anywhere.
    return batch.list_namespaced_job(NAMESPACE)


def jobs_in_scope(batch):
    # Reads this module's SCOPE, computed here: it means nothing elsewhere.
    return batch.list_namespaced_job(SCOPE)


@functools.lru_cache
def cached_jobs(batch, namespace):
    return batch.list_namespaced_job(namespace)
