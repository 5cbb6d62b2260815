# proves: a patch of the client's own class (decorator, context manager, pytest-mock, monkeypatch; a list configured on the mock pytest-mock's patch of the module's client returned) in a test that calls code which now reads is stale; the same patches around code that was not called, or with the read patched too, are not
from unittest import mock

from kubernetes import client

import jobs

JOB = client.V1Job(metadata=client.V1ObjectMeta(name="etl-1"))


@mock.patch.object(client.BatchV1Api, "list_namespaced_job")  # KUB101
def test_job_exists(list_jobs):
    list_jobs.return_value = client.V1JobList(items=[JOB])
    assert jobs.job_exists("etl-1", "batch")


def test_service_account():
    with mock.patch.object(client.CoreV1Api, "list_namespaced_service_account"):  # KUB101 not fixed: no room
        assert jobs.service_account(client.CoreV1Api(), "ci", "builder")


def test_pytest_mock(mocker):
    listing = mocker.patch("kubernetes.client.BatchV1Api.list_namespaced_job")  # KUB101
    listing.return_value = client.V1JobList(items=[])
    assert not jobs.job_exists("etl-1", "batch")


def test_configured_on_what_mocker_gave(mocker):
    client_mock = mocker.patch("jobs.client")
    client_mock.BatchV1Api.return_value.list_namespaced_job.return_value.items = []  # KUB101
    assert not jobs.job_exists("etl-1", "batch")


def test_monkeypatch(monkeypatch):
    monkeypatch.setattr(client.BatchV1Api, "list_namespaced_job", mock.Mock())  # KUB101
    jobs.job_exists("etl-1", "batch")


def test_nothing_of_the_project_is_called():
    with mock.patch.object(client.BatchV1Api, "list_namespaced_job") as listing:
        listing.return_value = client.V1JobList(items=[JOB])
        assert client.BatchV1Api().list_namespaced_job("batch").items == [JOB]


@mock.patch.object(client.BatchV1Api, "read_namespaced_job")
@mock.patch.object(client.BatchV1Api, "list_namespaced_job")
def test_already_patches_the_read(list_jobs, read_job):
    read_job.return_value = JOB
    assert jobs.job_exists("etl-1", "batch")
