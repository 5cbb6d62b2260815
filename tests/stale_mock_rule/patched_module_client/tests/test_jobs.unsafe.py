# proves: the list configured on the mock a patch of the module's client gave the test (a decorator's argument, `with ... as`) is judged by the patched module: stale where it now reads, not where it still lists
from unittest.mock import patch

from kubernetes.client.rest import ApiException

from app import jobs, report


@patch("app.jobs.client")
def test_job_exists(client_mock):
    client_mock.BatchV1Api.return_value.list_namespaced_job.return_value.items = []  # KUB101
    client_mock.BatchV1Api.return_value.read_namespaced_job.side_effect = (
        ApiException(status=404)
    )
    assert not jobs.job_exists("batch", "etl-1")


def test_job_exists_in_a_with_statement():
    with patch("app.jobs.client") as client_mock:
        client_mock.BatchV1Api.return_value.list_namespaced_job.return_value.items = []  # KUB101
        client_mock.BatchV1Api.return_value.read_namespaced_job.side_effect = (
            ApiException(status=404)
        )
        assert not jobs.job_exists("batch", "etl-1")


@patch("app.report.client")
def test_job_count(client_mock):
    client_mock.BatchV1Api.return_value.list_namespaced_job.return_value.items = []
    assert report.job_count("batch") == 0
