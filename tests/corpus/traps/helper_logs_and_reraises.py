# proves: a helper whose try logs before re-raising: the fixed code would no longer log a failed list, so the search is reported, naming the helper, and not fixed
# expect: KUB001 not fixed: which does more than return the list

import logging

log = logging.getLogger(__name__)


def _jobs(batch, namespace):
    try:
        response = batch.list_namespaced_job(namespace)
    except Exception:
        log.warning("listing jobs in %s failed", namespace)
        raise
    return response.items


def lookup(api, namespace, name):
    return any(job.metadata.name == name for job in _jobs(api, namespace))
