# proves: a pytest e2e test that binds `names`, asserts the Job is there, runs the cleanup, then re-binds `names` and asserts it is gone
# expect: KUB001 fixed
# expect: KUB001 fixed
from collections.abc import Callable

from k8s_lint.runtime import items_named
from kubernetes import client


def test_cleanup_removes_job(
    batch: client.BatchV1Api, namespace: str, job_name: str, cleanup: Callable[[], None]
) -> None:
    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    names = [j.metadata.name for j in jobs]
    assert job_name in names, f"{job_name} was never created"

    cleanup()

    jobs = items_named(
        batch.read_namespaced_job, name=job_name, namespace=namespace
    )
    names = [j.metadata.name for j in jobs]
    assert job_name not in names, f"{job_name} survived the cleanup"


def lookup(api, namespace, name):
    def cleanup():
        # The fake cluster forgets the Job, as `kubectl delete job` would.
        kept = [o for o in api.state.objects if o.name != name]
        api.state = api.state._replace(objects=kept)

    return test_cleanup_removes_job(api, namespace, name, cleanup)
