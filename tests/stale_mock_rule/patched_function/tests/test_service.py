# proves: a patch of a project function whose call the fix inlined is stale, where the module calling it is patched or where it is defined; not in a test of code that still calls it
from unittest import mock

from app import reports, service


@mock.patch("app.service.fetch_jobs")  # KUB101 not fixed: does not name the object
def test_job_exists(fetch):
    fetch.return_value = []
    assert not service.job_exists(mock.Mock(), "batch", "etl-1")


def test_job_exists_patched_where_defined():
    with mock.patch("app.lookups.fetch_jobs", return_value=[]):  # KUB101 not fixed: does not name the object
        assert not service.job_exists(mock.Mock(), "batch", "etl-1")


@mock.patch("app.lookups.fetch_jobs", return_value=[])
def test_job_count(fetch):
    assert reports.job_count(mock.Mock(), "batch") == 0
