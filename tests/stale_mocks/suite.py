"""A test suite of jobs.py written against the lists, in every way a test
mocks a method.  tests/test_stale_mocks.py copies it into a project as
tests/test_jobs.py, fixes jobs.py, and expects one report on each line marked
`# stale: <kind>` (a mock of list_namespaced_<kind>) and none anywhere else
(the near-misses at the end)."""

from typing import Any
from unittest import mock
from unittest.mock import MagicMock, patch

import jobs
from kubernetes import client

JOB = client.V1Job(metadata=client.V1ObjectMeta(name="etl-1"))


@patch.object(client.BatchV1Api, "list_namespaced_job")  # stale: job
def test_patch_object(list_jobs: MagicMock) -> None:
    list_jobs.return_value = client.V1JobList(items=[JOB])
    assert jobs.job_exists(client.BatchV1Api(), "etl-1", "batch")


def test_patch_by_dotted_name() -> None:
    with mock.patch(  # stale: service_account
        "kubernetes.client.CoreV1Api.list_namespaced_service_account"
    ) as listing:
        listing.return_value.items = []
        assert jobs.service_account(client.CoreV1Api(), "builder", "ci") is None


def test_pytest_mock(mocker: Any) -> None:
    mocker.patch("kubernetes.client.BatchV1Api.list_namespaced_job")  # stale: job
    mocker.patch.object(  # stale: service_account
        client.CoreV1Api, "list_namespaced_service_account"
    )


def test_mock_api_return_value_and_side_effect() -> None:
    api = MagicMock()
    api.list_namespaced_job.return_value.items = [JOB]  # stale: job
    api.list_namespaced_service_account.side_effect = RuntimeError  # stale: service_account
    assert jobs.job_exists(api, "etl-1", "batch")
    api.list_namespaced_job.assert_called_once_with("batch")  # stale: job


def test_monkeypatch(monkeypatch: Any) -> None:
    fake = MagicMock()
    monkeypatch.setattr(client.BatchV1Api, "list_namespaced_job", fake)  # stale: job
    monkeypatch.setattr(  # stale: service_account
        "kubernetes.client.CoreV1Api.list_namespaced_service_account", fake
    )


def test_fakes_put_in_place() -> None:
    api = client.BatchV1Api()
    api.list_namespaced_job = MagicMock()  # stale: job
    with patch.multiple(client.BatchV1Api, list_namespaced_job=MagicMock()):  # stale: job
        pass
    MagicMock(**{"list_namespaced_job.return_value.items": []})  # stale: job
    MagicMock(list_namespaced_service_account=MagicMock())  # stale: service_account


def test_near_misses() -> None:
    api = MagicMock()
    api.read_namespaced_job.side_effect = RuntimeError
    api.list_namespaced_pod.return_value.items = []  # KUB005: still lists
    api.list_namespaced_config_map.return_value.items = []  # not in jobs.py
    with patch.object(client.BatchV1Api, "read_namespaced_job"):
        pass
    with patch("jobs.list_namespaced_job_names"):
        pass
    assert "list_namespaced_job" not in repr(api.mock_calls)
    jobs.labelled_pod_exists(api, "web-0", "default", "app=web")
