# proves: a patch whose target runs through a module of the project (a src layout) is judged by that module: stale where it now reads, not where it still lists, even for the same list method
from unittest import mock

from app import deployments, reports


@mock.patch("app.deployments.client.AppsV1Api.list_namespaced_deployment")  # KUB101
def test_deployment_exists(listing):
    listing.return_value.items = []
    assert not deployments.deployment_exists("web", "frontend")


@mock.patch("app.reports.client.AppsV1Api.list_namespaced_deployment")
def test_deployment_names(listing):
    listing.return_value.items = []
    assert reports.deployment_names("web") == []
