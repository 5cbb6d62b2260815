# proves: a module helper returns every Job; one test searches it by name, another counts it, so the helper's list must stay
# expect: KUB001 not fixed: list returned by a helper that is also used for counting
# known-miss: not flagged: the list is reached through a helper of the same module
from kubernetes import client


def all_jobs(batch: client.BatchV1Api, namespace: str):
    return batch.list_namespaced_job(namespace).items


def test_job_created(batch, namespace, job_name):
    assert any(j.metadata.name == job_name for j in all_jobs(batch, namespace))


def test_no_job_leak(batch, namespace):
    assert len(all_jobs(batch, namespace)) < 50


def lookup(api, namespace, name):
    return test_job_created(api, namespace, name)
