# proves: a callback made in the matched branch reads the loop variable when it runs, after the loop, where it holds the last Job: narrowing changes what it sees
# expect: KUB001 not fixed: the loop variable is used after the loop

import logging

log = logging.getLogger(__name__)


def arm_cleanup_hooks(batch, namespace, job_name):
    """An operator's reconcile step: arm a cleanup hook for the finished Job."""
    hooks = []
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == job_name:
            # Late binding: the hook sees `job` as it is when the hook runs.
            hooks.append(lambda: job.metadata.name)
    return [hook() for hook in hooks]


def lookup(api, namespace, name):
    return arm_cleanup_hooks(api, namespace, name)
