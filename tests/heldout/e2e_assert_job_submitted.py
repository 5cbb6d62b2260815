# proves: a pytest end-to-end helper asserts any(job.metadata.name == job_name ...) over list_namespaced_job(ns, timeout_seconds=20).items
# expect: KUB001 fixed

import uuid

import pytest
from kubernetes import client, config


@pytest.fixture(scope="session")
def batch():
    config.load_kube_config()
    return client.BatchV1Api()


@pytest.fixture
def submitted_job():
    return f"e2e-{uuid.uuid4().hex[:8]}"


def assert_job_submitted(batch, namespace, job_name):
    jobs = batch.list_namespaced_job(namespace, timeout_seconds=20).items
    assert any(job.metadata.name == job_name for job in jobs), (
        f"Job {job_name} was not created in namespace {namespace}"
    )


def test_submit_creates_job(batch, submitted_job):
    assert_job_submitted(batch, "e2e", submitted_job)


def lookup(api, namespace, name):
    try:
        assert_job_submitted(api, namespace, name)
    except AssertionError as failure:
        return f"failed: {failure}"
    return "passed"
