# proves: an API mock handed to a spawner object is judged by the methods the test calls on it: stale for start() (it now reads), not for cleanup() (it still lists), nor for a test calling both
from unittest import mock

import pytest
from kubernetes import client

from spawner.pods import PodSpawner


@pytest.fixture
def api():
    return mock.create_autospec(client.CoreV1Api, instance=True)


def test_start_creates_a_missing_pod(api):
    api.list_namespaced_pod.return_value = client.V1PodList(items=[])  # KUB101
    spawner = PodSpawner(api, "jupyter")
    spawner.start("jupyter-ada")
    api.create_namespaced_pod.assert_called_once()


def test_start_through_an_attribute():
    api = mock.MagicMock()
    api.list_namespaced_pod.return_value.items = []  # KUB101
    spawner = PodSpawner(mock.MagicMock(), "jupyter")
    spawner.api = api
    spawner.start("jupyter-ada")


def test_cleanup_deletes_the_servers(api):
    pod = client.V1Pod(metadata=client.V1ObjectMeta(name="jupyter-ada"))
    api.list_namespaced_pod.return_value = client.V1PodList(items=[pod])
    assert PodSpawner(api, "jupyter").cleanup() == 1


def test_start_then_cleanup(api):
    api.list_namespaced_pod.return_value = client.V1PodList(items=[])
    spawner = PodSpawner(api, "jupyter")
    spawner.start("jupyter-ada")
    assert spawner.cleanup() == 0
