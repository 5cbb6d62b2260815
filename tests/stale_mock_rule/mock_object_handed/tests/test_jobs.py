# proves: a mock object configured for a list (attribute, Mock(**{...}), Mock(list_...=...)) and handed to code that now reads is stale; one never handed to that code, or handed to code that still lists (not a lookup, or narrowed by KUB005), is not
from unittest.mock import MagicMock, Mock

from kubernetes import client
from kubernetes.client.rest import ApiException

import jobs

JOB = client.V1Job(metadata=client.V1ObjectMeta(name="etl-1"))


def test_job_exists():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = [JOB]  # KUB101
    assert jobs.job_exists(batch, "batch", "etl-1")
    batch.list_namespaced_job.assert_called_once_with("batch")  # KUB101 not fixed: first mock here


def test_made_with_its_list():
    batch = MagicMock(**{"list_namespaced_job.return_value.items": [JOB]})  # KUB101
    assert jobs.job_exists(batch, "batch", "etl-1")


def test_handed_by_keyword():
    core = Mock(list_namespaced_pod=Mock(return_value=client.V1PodList(items=[])))  # KUB101
    assert not jobs.pod_exists(core=core, namespace="default", name="web-0")


def test_made_in_the_call():
    assert not jobs.job_exists(
        MagicMock(**{"list_namespaced_job.return_value.items": []}),  # KUB101 not fixed: not bound
        "batch",
        "etl-1",
    )


def test_the_mocked_object_is_not_the_one_handed_to_the_code():
    core, batch = MagicMock(), MagicMock()
    core.list_namespaced_pod.return_value.items = []
    batch.read_namespaced_job.side_effect = ApiException(status=404)
    assert not jobs.job_exists(batch, "batch", "etl-1")


def test_code_that_still_lists():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = [JOB]
    assert jobs.etl_jobs(batch, "batch") == [JOB]


def test_code_narrowed_by_a_field_selector():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = [JOB]
    assert jobs.labelled_job_exists(batch, "batch", "etl-1")


def test_the_read_is_mocked_too():
    batch = MagicMock()
    batch.list_namespaced_job.return_value.items = []
    batch.read_namespaced_job.return_value = JOB
    assert jobs.job_exists(batch, "batch", "etl-1")
