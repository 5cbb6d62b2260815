# proves: a pytest test taking fixtures that pulls the Service out of the list with next() (no default: StopIteration when absent) and asserts on it
# expect: KUB001 fixed
import pytest
from k8s_lint.runtime import read_or_raise
from kubernetes import client


@pytest.fixture
def release_name() -> str:
    return "etl-2026-11-25"


def test_service_is_labelled(core: client.CoreV1Api, namespace: str, release_name: str):
    service = read_or_raise(
        StopIteration(),
        core.read_namespaced_service,
        name=release_name,
        namespace=namespace,
    )
    assert service.metadata.labels["app"] == "etl"
    return service.metadata.labels


def lookup(api, namespace, name):
    return test_service_is_labelled(api, namespace, name)
