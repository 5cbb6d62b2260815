"""The runtime helper with the real clients over HTTP, for every answer a
server can give: a 404 is absent unless its body shows another cause."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import kubernetes_asyncio.client as async_client
import pytest
import urllib3
from k8s_server import Cluster, serve, status
from kubernetes import client
from kubernetes.client.exceptions import ApiException
from kubernetes.dynamic import DynamicClient
from kubernetes_asyncio.dynamic import DynamicClient as AsyncDynamicClient

from k8s_lint.runtime import aexists, aitems_named, aread_or_none, exists, items_named, read_or_none


def not_found(name: str) -> bytes:
    return json.dumps(status(404, "NotFound", f'jobs.batch "{name}" not found', name)).encode()


def plain(code: int, reason: str) -> bytes:
    return json.dumps(status(code, reason, reason)).encode()


ANSWERS: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "gone-with-status": (404, not_found("gone-with-status"), {}),
    "gone-without-body": (404, b"", {}),
    "gone-page-not-found": (404, b"404 page not found\n", {"Content-Type": "text/plain"}),
    "gone-other-name": (404, not_found("someone-else"), {}),
    "forbidden": (403, plain(403, "Forbidden"), {}),
    "conflict": (409, plain(409, "Conflict"), {}),
    "throttled": (429, plain(429, "TooManyRequests"), {"Retry-After": "1"}),
    "broken": (500, plain(500, "InternalError"), {}),
    "dropped": (0, b"", {}),
    "slow": (-3, b"{}", {}),
}
# The four 404s: absent when the body is empty or a NotFound Status naming
# the object; any other body (a path the server does not serve, another
# object) is an error the list call would have met too.
NOT_FOUND = [
    ("gone-with-status", True),
    ("gone-without-body", True),
    ("gone-page-not-found", False),
    ("gone-other-name", False),
]


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve(Cluster({"jobs": ["etl-1"]}, answers=ANSWERS)) as base:
        yield base


@pytest.fixture(scope="module")
def batch(url: str) -> Iterator[client.BatchV1Api]:
    configuration = client.Configuration(host=url)
    configuration.retries = False  # see each answer as it is
    with client.ApiClient(configuration) as api_client:
        yield client.BatchV1Api(api_client)


def direct(batch: client.BatchV1Api, name: str, **kwargs: Any) -> BaseException:
    """What the client itself raises for reading ``name``."""
    with pytest.raises(Exception) as raised:
        batch.read_namespaced_job(name=name, namespace="jobs", **kwargs)
    return raised.value


def test_a_found_object_is_read(batch: client.BatchV1Api) -> None:
    assert exists(batch.read_namespaced_job, name="etl-1", namespace="jobs") is True
    [job] = items_named(batch.read_namespaced_job, name="etl-1", namespace="jobs")
    assert job.metadata.name == "etl-1"


@pytest.mark.parametrize(("name", "absent"), NOT_FOUND)
def test_404s_with_the_sync_client(batch: client.BatchV1Api, name: str, absent: bool) -> None:
    read = batch.read_namespaced_job
    if absent:
        assert read_or_none(read, name=name, namespace="jobs") is None
        assert exists(read, name=name, namespace="jobs") is False
        assert items_named(read, name=name, namespace="jobs") == []
        return
    expected = direct(batch, name)
    for helper in (exists, items_named):
        with pytest.raises(ApiException) as raised:
            helper(read, name=name, namespace="jobs")
        assert type(raised.value) is type(expected) and raised.value.status == 404


async def with_async_batch(url: str, use: Callable[[Any], Awaitable[Any]]) -> Any:
    async with async_client.ApiClient(async_client.Configuration(host=url)) as api_client:
        return await use(async_client.BatchV1Api(api_client).read_namespaced_job)


@pytest.mark.parametrize(("name", "absent"), NOT_FOUND)
def test_404s_with_the_async_client(url: str, name: str, absent: bool) -> None:
    async def found(read: Any) -> tuple[bool, list[Any]]:
        kwargs = {"name": name, "namespace": "jobs"}
        return await aexists(read, **kwargs), await aitems_named(read, **kwargs)

    if absent:
        assert asyncio.run(with_async_batch(url, found)) == (False, [])
        return
    with pytest.raises(async_client.ApiException) as raised:
        asyncio.run(with_async_batch(url, found))
    assert raised.value.status == 404


@pytest.mark.parametrize(("name", "absent"), [*NOT_FOUND, ("etl-1", False)])
def test_404s_with_the_dynamic_client(url: str, tmp_path: Path, name: str, absent: bool) -> None:
    with client.ApiClient(client.Configuration(host=url)) as api_client:
        dynamic = DynamicClient(api_client, cache_file=str(tmp_path / "discovery.json"))
        jobs = dynamic.resources.get(api_version="batch/v1", kind="Job")
        if name == "etl-1" or absent:
            assert exists(jobs.get, name=name, namespace="jobs") is not absent
            return
        with pytest.raises(ApiException) as raised:
            exists(jobs.get, name=name, namespace="jobs")
    assert type(raised.value).__name__ == "NotFoundError"


async def outcome(call: Awaitable[Any]) -> tuple[str, Any]:
    try:
        found = await call
    except Exception as error:  # the outcome under test
        return "raised", type(error)
    return "returned", None if found is None else found.to_dict()


@pytest.mark.parametrize("name", [name for name, _ in NOT_FOUND] + ["etl-1"])
def test_404s_with_the_async_dynamic_client(url: str, tmp_path: Path, name: str) -> None:
    """``kubernetes_asyncio``'s dynamic client (36.1) raises no error at all:
    it returns the 404's Status as an object (tomplus/kubernetes_asyncio#402),
    or fails to decode a body that is not JSON.  The helper reads the
    returned NotFound Status naming the object as absent, as the list found
    nothing, and otherwise does what the client does."""

    async def scenario() -> tuple[tuple[str, Any], tuple[str, Any]]:
        async with async_client.ApiClient(async_client.Configuration(host=url)) as api_client:
            cache = str(tmp_path / "discovery.json")
            async with AsyncDynamicClient(api_client, cache_file=cache) as dynamic:
                jobs = await dynamic.resources.get(api_version="batch/v1", kind="Job")
                kwargs = {"name": name, "namespace": "jobs"}
                direct = await outcome(dynamic.get(jobs, **kwargs))
                return direct, await outcome(aread_or_none(dynamic.get, jobs, **kwargs))

    direct, helped = asyncio.run(scenario())
    if name == "gone-with-status":
        assert direct[0] == "returned" and direct[1]["kind"] == "Status"
        assert helped == ("returned", None)
    else:
        assert helped == direct


@pytest.mark.parametrize("name", ["forbidden", "conflict", "throttled", "broken"])
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
