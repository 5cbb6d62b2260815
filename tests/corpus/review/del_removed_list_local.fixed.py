# proves: `del` of the local that held the list reads it (UnboundLocalError if unbound): the assignment must stay, so the list is narrowed where it is, not moved into the search
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def etl_gate(batch, namespace, job_name):
    """CI gate over a namespace with thousands of finished Jobs."""
    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    found = any(job.metadata.name == job_name for job in jobs)
    del jobs  # thousands of Jobs: don't hold them for the rest of the run
    return found


def lookup(api, namespace, name):
    return etl_gate(api, namespace, name)
