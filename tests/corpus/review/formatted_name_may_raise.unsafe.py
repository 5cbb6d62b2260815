# proves: an f-string with a format spec calls the value's __format__, which can raise (None with a date format): the name is now evaluated even where the namespace holds no Job
# expect: KUB001 unsafe: is evaluated even when the list is empty

import datetime

from k8s_lint.runtime import items_named


def nightly_job(batch, namespace, run_date=None):
    """A launcher: the nightly Job is named after its date."""
    for job in items_named(
        batch.read_namespaced_job,
        name=f"etl-{run_date:%Y-%m-%d}",
        namespace=namespace,
    ):
        if job.metadata.name == f"etl-{run_date:%Y-%m-%d}":
            return job.metadata.name
    return None


def lookup(api, namespace, name):
    run_date = None if name == "etl-2026-11-25" else datetime.date(2026, 11, 25)
    try:
        return nightly_job(api, namespace, run_date)
    except TypeError as error:
        return f"TypeError {error}"
