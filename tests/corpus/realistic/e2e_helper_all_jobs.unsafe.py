# proves: a module helper that only lists every Job; one test searches it by name (read in the helper's place, its arguments passed on, unsafe as a test may patch the helper), another counts it (the helper stays)
# expect: KUB001 unsafe: the search no longer calls
from k8s_lint.runtime import items_named
from kubernetes import client


def all_jobs(batch: client.BatchV1Api, namespace: str):
    return batch.list_namespaced_job(namespace).items


def test_job_created(batch, namespace, job_name):
    assert any(j.metadata.name == job_name for j in items_named(
        batch.read_namespaced_job,
        name=job_name,
        namespace=namespace,
    ))


def test_no_job_leak(batch, namespace):
    assert len(all_jobs(batch, namespace)) < 50


def lookup(api, namespace, name):
    return test_job_created(api, namespace, name)
