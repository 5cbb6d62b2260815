"""Lookups through the helpers of another module of the package."""

from k8s_lint.runtime import exists, read_or_none

from app import k8s_helpers

from .k8s_helpers import cached_jobs, fetch_jobs, jobs_in_default, jobs_in_scope


# Fixed: from-import, relative; the response is kept, then its items searched.
def job_exists(batch, namespace, name):
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)


# Fixed: the module imported, its function called through it; sorted items.
def pod_named(core, namespace, name):
    return read_or_none(
        core.read_namespaced_pod, name=name, namespace=namespace
    )


# Fixed: the helper reads its own module's NAMESPACE, bound once to a literal.
def default_job_exists(batch, name):
    return exists(batch.read_namespaced_job, name=name, namespace="jobs")


# Not followed: the helper reads its own module's SCOPE, computed there.
def scoped_job_exists(batch, name):
    return any(j.metadata.name == name for j in jobs_in_scope(batch).items)


# Reported, not fixed: a decorated helper (the cache decides what it returns).
def cached_job_exists(batch, namespace, name):
    return any(j.metadata.name == name for j in cached_jobs(batch, namespace).items)


# Not a lookup: every Job is counted.
def job_count(batch, namespace):
    return len(fetch_jobs(batch, namespace).items)
