"""The runtime helper with the real client over HTTP, for every answer a
server can give: only a 404 Status naming the object means absent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3
from k8s_server import Cluster, serve, status
from kubernetes import client
from kubernetes.client.exceptions import ApiException

from k8s_lint.runtime import exists, read_or_none


def not_found(name: str) -> bytes:
    return json.dumps(status(404, "NotFound", f'jobs.batch "{name}" not found', name)).encode()


def plain(code: int, reason: str) -> bytes:
    return json.dumps(status(code, reason, reason)).encode()


ANSWERS: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "gone-with-status": (404, not_found("gone-with-status"), {}),
    "gone-without-body": (404, b"", {}),
    "gone-page-not-found": (404, b"404 page not found\n", {"Content-Type": "text/plain"}),
    "forbidden": (403, plain(403, "Forbidden"), {}),
    "conflict": (409, plain(409, "Conflict"), {}),
    "throttled": (429, plain(429, "TooManyRequests"), {"Retry-After": "1"}),
    "broken": (500, plain(500, "InternalError"), {}),
    "dropped": (0, b"", {}),
    "slow": (-3, b"{}", {}),
}


@pytest.fixture(scope="module")
def batch() -> Iterator[client.BatchV1Api]:
    cluster = Cluster({"jobs": ["etl-1"]}, answers=ANSWERS)
    with serve(cluster) as url:
        configuration = client.Configuration(host=url)
        configuration.retries = False  # see each answer as it is
        with client.ApiClient(configuration) as api_client:
            yield client.BatchV1Api(api_client)


def direct(batch: client.BatchV1Api, name: str, **kwargs: Any) -> BaseException:
    """What the client itself raises for reading ``name``."""
    with pytest.raises(Exception) as raised:
        batch.read_namespaced_job(name=name, namespace="jobs", **kwargs)
    return raised.value


def test_a_404_status_naming_the_object_is_absent(batch: client.BatchV1Api) -> None:
    assert (
        read_or_none(batch.read_namespaced_job, name="gone-with-status", namespace="jobs") is None
    )
    assert exists(batch.read_namespaced_job, name="etl-1", namespace="jobs") is True


@pytest.mark.parametrize(
    "name",
    [
        "gone-without-body",
        "gone-page-not-found",
        "forbidden",
        "conflict",
        "throttled",
        "broken",
    ],
)
def test_every_other_answer_propagates_as_the_client_raises_it(
    batch: client.BatchV1Api, name: str
) -> None:
    expected = direct(batch, name)
    assert isinstance(expected, ApiException)
    with pytest.raises(ApiException) as raised:
        exists(batch.read_namespaced_job, name=name, namespace="jobs")
    assert type(raised.value) is type(expected)
    assert raised.value.status == expected.status
    if name == "throttled":
        assert raised.value.headers["Retry-After"] == "1"


def test_a_dropped_connection_propagates(batch: client.BatchV1Api) -> None:
    expected = direct(batch, "dropped")
    with pytest.raises(Exception) as raised:
        exists(batch.read_namespaced_job, name="dropped", namespace="jobs")
    assert type(raised.value) is type(expected)
    assert isinstance(raised.value, urllib3.exceptions.HTTPError)


def test_a_timeout_propagates(batch: client.BatchV1Api) -> None:
    with pytest.raises(urllib3.exceptions.ReadTimeoutError):
        exists(batch.read_namespaced_job, name="slow", namespace="jobs", _request_timeout=0.5)
