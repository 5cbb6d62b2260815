# proves: a field selector narrows the list the loop walks, so a statement before the name test runs once instead of once per listed Job: the same caveat as the read fix
# expect: KUB005 unsafe: it drops statements the loop ran for every item
# known-miss: the selector fix ignores the search's caveat and is applied as safe; the gate's report of the Jobs it checked shrinks to the match

import logging
from k8s_lint.runtime import name_selector

log = logging.getLogger("ci-gate")


def etl_gate(batch, namespace, job_name):
    """CI gate: is the ETL Job there? Report every ETL Job looked at."""
    checked = []
    for job in batch.list_namespaced_job(namespace, label_selector="app=etl",
                                         field_selector=name_selector(job_name)).items:
        checked.append(job.metadata.name)
        if job.metadata.name == job_name:
            return True, checked
    return False, checked


def lookup(api, namespace, name):
    return etl_gate(api, namespace, name)
