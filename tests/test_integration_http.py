"""The runtime helper and fixed code with the real ``kubernetes`` client over HTTP.

A server on 127.0.0.1 answers the Jobs REST paths; the example
``K8sUtils.job_exist`` runs before and after ``k8s-lint fix`` against it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from k8s_server import Cluster, serve
from kubernetes import client
from kubernetes.client.exceptions import ApiException

from k8s_lint.engine import fix_text
from k8s_lint.runtime import exists, read_or_none

EXAMPLE = Path(__file__).parent.parent / "examples" / "k8s_utils.py"
CLUSTER = {"jobs": ["etl-1", "etl-2"], "empty": []}


@pytest.fixture
def cluster() -> Cluster:
    return Cluster(CLUSTER, forbidden={"locked"})


@pytest.fixture
def batch(cluster: Cluster) -> Iterator[client.BatchV1Api]:
    with serve(cluster) as url:
        configuration = client.Configuration(host=url)
        with client.ApiClient(configuration) as api_client:
            yield client.BatchV1Api(api_client)


def module_from(code: str, path: Path, tmp_path: Path) -> ModuleType:
    target = tmp_path / path.name
    target.write_text(code)
    spec = importlib.util.spec_from_file_location(f"fixed_{path.stem}", target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call(function: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "returned", function(*args)
    except ApiException as error:
        return "raised", (type(error), error.status)


def test_helper_reads_one_job(batch: client.BatchV1Api, cluster: Cluster) -> None:
    job = read_or_none(batch.read_namespaced_job, name="etl-1", namespace="jobs")
    # Handed on as the list's item: the read's kind is cleared, as a list leaves it.
    assert job is not None and job.metadata.name == "etl-1" and job.kind is None
    assert cluster.requests == ["/apis/batch/v1/namespaces/jobs/jobs/etl-1"]


def test_404_with_status_body_is_absent(batch: client.BatchV1Api) -> None:
    assert read_or_none(batch.read_namespaced_job, name="nope", namespace="jobs") is None
    assert exists(batch.read_namespaced_job, name="nope", namespace="missing-ns") is False


def test_403_propagates(batch: client.BatchV1Api) -> None:
    with pytest.raises(ApiException) as raised:
        exists(batch.read_namespaced_job, name="etl-1", namespace="locked")
    assert raised.value.status == 403


@pytest.mark.parametrize(
    ("namespace", "name"),
    [
        ("jobs", "etl-1"),
        ("jobs", "etl-9"),
        ("empty", "etl-1"),
        ("missing-ns", "etl-1"),
        ("locked", "etl-1"),
        ("jobs", ""),
    ],
)
def test_example_before_and_after_fix(
    batch: client.BatchV1Api, cluster: Cluster, tmp_path: Path, namespace: str, name: str
) -> None:
    source = EXAMPLE.read_text()
    before = module_from(source, EXAMPLE, tmp_path / "before")
    fixed = fix_text(source)
    assert fixed.changed
    after = module_from(fixed.text, EXAMPLE, tmp_path / "after")

    expected = call(before.K8sUtils(batch).job_exist, namespace, name)
    listed = list(cluster.requests)
    cluster.requests.clear()
    assert call(after.K8sUtils(batch).job_exist, namespace, name) == expected
    assert all(not r.endswith("/jobs") for r in cluster.requests), "the fix must not list"
    assert len(cluster.requests) <= len(listed)


@pytest.fixture(autouse=True)
def _dirs(tmp_path: Path) -> None:
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()


def test_404_for_a_resource_type_not_served_propagates(batch: client.BatchV1Api) -> None:
    """A CRD or API version the server does not serve fails the list with
    404; the read must fail the same way, not report "absent"."""
    core = client.CoreV1Api(batch.api_client)
    with pytest.raises(ApiException) as listed:
        core.list_namespaced_pod("jobs")
    with pytest.raises(ApiException) as read:
        exists(core.read_namespaced_pod, name="etl-1", namespace="jobs")
    assert listed.value.status == read.value.status == 404
