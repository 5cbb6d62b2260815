# proves: an assert's test does not run under `python -O`: moved into it, the list call (and its 403, 5xx or unserved-resource error) vanishes there, so the list is narrowed where it was
# expect: KUB001 fixed

from k8s_lint.runtime import items_named


def ensure_job(batch, namespace, job_name):
    """A launcher's sanity check before it submits dependants (images run with PYTHONOPTIMIZE=1)."""
    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    assert any(job.metadata.name == job_name for job in jobs), f"{job_name} was not created"
    return "submitted"


def lookup(api, namespace, name):
    try:
        return ensure_job(api, namespace, name)
    except AssertionError as error:
        return f"AssertionError {error}"
