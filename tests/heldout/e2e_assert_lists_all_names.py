# proves: a pytest e2e assertion whose failure message shows every Job name the namespace holds: the list is reused for the diagnostics, a read cannot print them
# expect: clean

import pytest


def assert_job_present(batch, namespace, job_name):
    jobs = batch.list_namespaced_job(namespace).items
    names = sorted(j.metadata.name for j in jobs)
    assert job_name in names, f"Job {job_name} not in {namespace}; jobs there: {names}"


def test_pipeline_creates_job(batch_api, e2e_namespace):
    assert_job_present(batch_api, e2e_namespace, "ingest")


def lookup(api, namespace, name):
    try:
        assert_job_present(api, namespace, name)
    except AssertionError as failure:
        return str(failure)
    with pytest.raises(AssertionError):
        assert_job_present(api, namespace, "no-such-job")
    return "ok"
