"""The asyncio fix with the real ``kubernetes_asyncio`` client over HTTP.

The loopback server of ``k8s_server.py`` answers; the async family cases run
before and after ``k8s-lint fix`` against it and must agree, with 404 read
as absent and 403 propagating.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from corpus_cases import FIXED
from k8s_server import Cluster, serve
from kubernetes_asyncio import client
from kubernetes_asyncio.client.exceptions import ApiException

from k8s_lint.engine import fix_text
from k8s_lint.runtime import aexists, aread_or_none

ASYNC_CASES = [c for c in FIXED if c.before.lstrip().startswith("async def")]
CLUSTER = {"jobs": ["etl-1", "etl-2"], "empty": []}


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<case>", "exec"), namespace)
    return namespace["lookup"]


async def run(url: str, function: Any, namespace: str, name: str) -> tuple[str, Any]:
    configuration = client.Configuration(host=url)
    async with client.ApiClient(configuration) as api_client:
        batch = client.BatchV1Api(api_client)
        try:
            result = await function(batch, namespace, name)
        except Exception as error:  # IndexError, KeyError, ... must match too
            return "raised", (type(error), getattr(error, "status", None))
        return "returned", result


def test_there_are_async_cases() -> None:
    assert len(ASYNC_CASES) >= 2


@pytest.mark.parametrize(
    ("namespace", "name"),
    [("jobs", "etl-1"), ("jobs", "etl-9"), ("empty", "etl-1"), ("missing", "etl-1"),
     ("locked", "etl-1"), ("jobs", "")],
)  # fmt: skip
@pytest.mark.parametrize("case", ASYNC_CASES, ids=lambda c: c.id)
def test_async_before_and_after_fix(case: Any, namespace: str, name: str) -> None:
    cluster = Cluster(CLUSTER, forbidden={"locked"})
    before, after = load(case.before), load(fix_text(case.before).text)
    with serve(cluster) as url:
        expected = asyncio.run(run(url, before, namespace, name))
        listed = job_lists(cluster.requests)
        cluster.requests.clear()
        assert asyncio.run(run(url, after, namespace, name)) == expected
    if case.code != "KUB005":
        assert job_lists(cluster.requests) == []  # the fixed code reads
        return
    # The field selector fix keeps listing, with every argument the list
    # had and a field selector on the name.
    for query in job_lists(cluster.requests):
        assert [s.split("=")[0] for s in query.pop("fieldSelector")] == ["metadata.name"]
        assert listed and query == listed[0]


def job_lists(requests: list[str]) -> list[dict[str, list[str]]]:
    """The query of each request that lists Jobs."""
    return [parse_qs(urlsplit(r).query) for r in requests if urlsplit(r).path.endswith("/jobs")]


def test_async_helpers_read_one_job() -> None:
    async def scenario(url: str) -> tuple[Any, ...]:
        async with client.ApiClient(client.Configuration(host=url)) as api_client:
            batch = client.BatchV1Api(api_client)
            found = await aread_or_none(batch.read_namespaced_job, name="etl-1", namespace="jobs")
            missing = await aexists(batch.read_namespaced_job, name="nope", namespace="jobs")
            try:
                await aexists(batch.read_namespaced_job, name="etl-1", namespace="locked")
            except ApiException as error:
                refused = error.status
            return found.metadata.name, missing, refused

    cluster = Cluster(CLUSTER, forbidden={"locked"})
    with serve(cluster) as url:
        assert asyncio.run(scenario(url)) == ("etl-1", False, 403)
