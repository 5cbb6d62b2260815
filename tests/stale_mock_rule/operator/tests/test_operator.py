# proves: with the client's class patched for the whole test, the test's calls decide (its own helper methods followed): a handler that now reads makes the patch stale, the reconciliation that still lists (alone, in the same test, or through a helper) does not, a patch of a list the called code never touches is no concern of this rule, and a fixture's object whose code this file does not show makes the test undecided
from unittest.mock import patch

import pytest
from kubernetes import client

from pipelines import handlers, reconcile

CONFIG = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="etl"), data={"a": "1"})


@patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")  # KUB101 not fixed: no Mock
def test_on_create(listing):
    listing.return_value = client.V1ConfigMapList(items=[CONFIG])
    assert handlers.on_create({"configMap": "etl"}, "p", "ci") == {"config": {"a": "1"}}


@patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")
def test_stale_config_maps(listing):
    listing.return_value = client.V1ConfigMapList(items=[CONFIG])
    assert reconcile.stale_config_maps("ci") == []


@patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")
def test_both(listing):
    listing.return_value = client.V1ConfigMapList(items=[CONFIG])
    handlers.on_create({"configMap": "etl"}, "p", "ci")
    assert reconcile.stale_config_maps("ci") == []


@patch("kubernetes.client.CoreV1Api.list_namespaced_pod")
def test_on_create_looks_at_no_pod(listing):
    with pytest.raises(LookupError):
        handlers.on_create({"configMap": "missing"}, "p", "ci")


@patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")
def test_a_fixtures_object_runs_code_this_file_does_not_show(listing, reconciler):
    listing.return_value = client.V1ConfigMapList(items=[CONFIG])
    handlers.on_create({"configMap": "etl"}, "p", "ci")
    assert reconciler.run() == []


class TestHandlers:
    @patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")  # KUB101 not fixed: no Mock
    def test_on_create(self, listing):
        listing.return_value = client.V1ConfigMapList(items=[CONFIG])
        assert self.created()

    @patch("kubernetes.client.CoreV1Api.list_namespaced_config_map")
    def test_on_create_then_reconcile(self, listing):
        listing.return_value = client.V1ConfigMapList(items=[CONFIG])
        assert self.created()
        assert self.stale() == []

    def created(self):
        return handlers.on_create({"configMap": "etl"}, "p", "ci")

    def stale(self):
        return reconcile.stale_config_maps("ci")
