# proves: a module helper that only lists every Job; one test searches it by name (the call inlined, the read in its place with its arguments passed on: safe, a module function has no override), another counts it (the helper stays)
# expect: KUB001 fixed
from k8s_lint.runtime import exists
from kubernetes import client


def all_jobs(batch: client.BatchV1Api, namespace: str):
    return batch.list_namespaced_job(namespace).items


def test_job_created(batch, namespace, job_name):
    assert exists(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )


def test_no_job_leak(batch, namespace):
    assert len(all_jobs(batch, namespace)) < 50


def lookup(api, namespace, name):
    return test_job_created(api, namespace, name)
