# proves: a statement the loop runs for every item before the name test (it records every name) would run only for the match with a field selector: the loop sees every item, so the list stays
# expect: KUB005 not fixed: the loop does more than find the match

import logging

log = logging.getLogger("ci-gate")


def etl_gate(batch, namespace, job_name):
    """CI gate: is the ETL Job there? Report every ETL Job looked at."""
    checked = []
    for job in batch.list_namespaced_job(namespace, label_selector="app=etl").items:
        checked.append(job.metadata.name)
        if job.metadata.name == job_name:
            return True, checked
    return False, checked


def lookup(api, namespace, name):
    return etl_gate(api, namespace, name)
