"""The project's own test: it patches the helper that job_exists called."""

from unittest import mock

from app import lookups


@mock.patch("app.lookups.fetch_jobs")
def test_job_exists(fetch_jobs):
    fetch_jobs.return_value.items = []
    assert not lookups.job_exists(object(), "ns", "name")
