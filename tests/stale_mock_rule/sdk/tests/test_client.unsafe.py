# proves: custom objects too, and a mock set on an attribute of the SDK's own object: stale for get_job() (it now gets the object by name), not for list_jobs() (it still lists)
from unittest.mock import MagicMock

from kubernetes.client.rest import ApiException

from trainer.client import TrainingClient


def test_get_job():
    api = MagicMock()
    api.list_namespaced_custom_object.return_value = {"items": []}  # KUB101
    api.get_namespaced_custom_object.side_effect = ApiException(status=404)
    assert TrainingClient("ml", custom_api=api).get_job("resnet") is None


def test_get_job_mocked_on_the_client(mocker):
    training = TrainingClient("ml", custom_api=MagicMock())
    mocker.patch.object(training.custom_api, "list_namespaced_custom_object", return_value={"items": []})  # KUB101
    mocker.patch.object(
        training.custom_api,
        "get_namespaced_custom_object",
        side_effect=ApiException(status=404),
    )
    assert training.get_job("resnet") is None


def test_list_jobs():
    api = MagicMock()
    api.list_namespaced_custom_object.return_value = {"items": []}
    assert TrainingClient("ml", custom_api=api).list_jobs() == []
