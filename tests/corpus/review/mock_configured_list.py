# proves: a MagicMock whose list_namespaced_job() the code configures is a test double, not the client: the search checks the fixture it was given; a read of the mock returns a truthy MagicMock for every name
# expect: clean

from unittest import mock


def fixture_serves(jobs, namespace, name):
    """A unit test's sanity check: the fake BatchV1Api serves the fixture's Jobs."""
    batch = mock.MagicMock()
    batch.list_namespaced_job.return_value.items = jobs
    return any(job.metadata.name == name for job in batch.list_namespaced_job(namespace).items)


def lookup(api, namespace, name):
    return fixture_serves(list(api.list_namespaced_job(namespace).items), namespace, name)
