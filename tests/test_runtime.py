"""The runtime helper: 404 means absent, everything else propagates; what
it hands on equals what the list gave."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any, NoReturn
from unittest.mock import MagicMock, create_autospec

import kubernetes_asyncio.client as async_models
import pytest
from kubernetes.client import V1Job, V1ObjectMeta, V1Pod
from kubernetes.client.exceptions import ApiException, NotFoundException
from kubernetes.dynamic.exceptions import api_exception
from kubernetes_asyncio.dynamic.resource import ResourceInstance as AsyncResourceInstance

from k8s_lint.runtime import (
    aexists,
    aitems_named,
    aread_or_default,
    aread_or_none,
    aread_or_raise,
    exists,
    items_named,
    read_or_default,
    read_or_none,
    read_or_raise,
)


def failing(error: BaseException) -> Any:
    def read(*args: Any, **kwargs: Any) -> NoReturn:
        raise error

    return read


def found(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return {"args": args, "kwargs": kwargs}


def test_found_passes_arguments_through() -> None:
    assert read_or_none(found, "g", name="a", namespace="n") == {
        "args": ("g",),
        "kwargs": {"name": "a", "namespace": "n"},
    }
    assert exists(found, name="a") is True
    assert read_or_default(0, found, name="a") == found(name="a")
    assert read_or_raise(IndexError(), found, name="a") == found(name="a")
    assert items_named(found, "g", name="a") == [found("g", name="a")]


def status_404(name: str) -> str:
    details = {"name": name, "kind": "jobs", "group": "batch"}
    return json.dumps({"kind": "Status", "reason": "NotFound", "code": 404, "details": details})


@pytest.mark.parametrize(
    "error",
    [
        NotFoundException(status=404, body=status_404("a")),
        ApiException(status=404, body=status_404("a").encode()),
        ApiException(status=404),
        NotFoundException(status=404, body=""),
        ApiException(status=404, body=b"\n"),
        api_exception(ApiException(status=404)),
        api_exception(ApiException(status=404, body=status_404("a"))),
    ],
    ids=["status", "status-bytes", "no-body", "empty", "blank", "dynamic", "dynamic-status"],
)
def test_404_naming_the_object_or_without_a_body_is_absent(error: ApiException) -> None:
    """A body-less 404 is what ``ApiException(status=404)`` in users' mocks
    raises, and what ``e.status == 404`` code has always read as absent."""
    read = failing(error)
    assert read_or_none(read, name="a") is None
    assert exists(read, name="a") is False
    assert read_or_default("dflt", read, name="a") == "dflt"
    assert items_named(read, name="a") == []
    with pytest.raises(IndexError) as raised:
        read_or_raise(IndexError("list index out of range"), read, name="a")
    assert raised.value.__context__ is None, "raised outside the except block, like the original"


@pytest.mark.parametrize(
    "error",
    [
        ApiException(status=403),
        ApiException(status=500),
        ApiException(status=409),
        ValueError("client-side validation"),
        TimeoutError(),
    ],
)
def test_other_errors_propagate_unchanged(error: Exception) -> None:
    for helper in (read_or_none, exists, items_named):
        with pytest.raises(type(error)) as raised:
            helper(failing(error), name="a")
        assert raised.value is error


@pytest.mark.parametrize(
    "body",
    [
        "404 page not found\n",
        status_404("another"),
        "{not json",
        '{"kind": "Status"}',
        '{"kind": "Status", "reason": "NotFound", "code": 404}',
        "[]",
    ],
    ids=["page-not-found", "other-object", "garbage", "no-reason", "no-details", "not-a-status"],
)
def test_404s_with_another_cause_propagate(body: str) -> None:
    """A 404 whose body is not a NotFound Status for the object (the resource
    type is not served: a CRD missing, an API version removed) failed the
    list too."""
    for error in (NotFoundException(status=404, body=body), api_exception(ApiException(404))):
        error.body = body
        for helper in (exists, items_named):
            with pytest.raises(type(error)) as raised:
                helper(failing(error), name="a")
            assert raised.value is error


def test_404_from_outside_the_client_is_not_absent() -> None:
    """Only the client's exceptions are trusted to mean "no such object"."""

    class HTTPError(Exception):
        status = 404

    with pytest.raises(HTTPError):
        exists(failing(HTTPError()), name="a")


def test_imports_only_the_standard_library() -> None:
    code = (
        "import sys; before = set(sys.modules); import k8s_lint.runtime; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(new - set(sys.stdlib_module_names) - {'k8s_lint'}))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


IMPOSSIBLE = ["", ".", "..", "a/b", "50%", None, 42]


@pytest.mark.parametrize("name", IMPOSSIBLE)
def test_impossible_names_are_absent_whatever_a_read_of_a_possible_name_finds(
    name: object,
) -> None:
    """No object has such a name, so the search found nothing: the read only
    probes the server, with a name any object may have (read as it is, an
    empty name would reach the list URL), and what it finds is not used."""
    read = MagicMock(return_value=listed_job())
    assert items_named(read, name=name, namespace="n") == []
    assert read_or_none(read, name=name) is None
    assert exists(read, name=name) is False
    assert {c.kwargs["name"] for c in read.call_args_list} == {"k8s-lint-probe"}


@pytest.mark.parametrize("name", IMPOSSIBLE)
@pytest.mark.parametrize(
    "error",
    [ApiException(status=403), ApiException(status=500), ApiException(status=404, reason="x")],
)
def test_for_an_impossible_name_the_errors_the_list_had_propagate(
    name: object, error: ApiException
) -> None:
    """Where the list failed (no access, a server error, a resource type not
    served), so does the probe: the search never answered "absent" there."""
    error.body = "404 page not found" if error.status == 404 else None
    read = MagicMock(side_effect=error)
    with pytest.raises(ApiException) as raised:
        exists(read, name=name)
    assert raised.value is error
    with pytest.raises(ApiException):
        asyncio.run(aexists(read, name=name))


# What the helpers hand on equals the list's item.


def read_job() -> V1Job:
    """A Job as a read returns it: ``kind`` and ``api_version`` filled in."""
    return V1Job(api_version="batch/v1", kind="Job", metadata=V1ObjectMeta(name="a", uid="u"))


def listed_job() -> V1Job:
    """The same Job as a list's item."""
    return V1Job(metadata=V1ObjectMeta(name="a", uid="u"))


HANDING_ON: list[Callable[[Callable[..., Any]], Any]] = [
    lambda read: read_or_none(read, name="a"),
    lambda read: read_or_default(None, read, name="a"),
    lambda read: read_or_raise(IndexError(), read, name="a"),
    lambda read: items_named(read, name="a")[0],
    lambda read: asyncio.run(aread_or_none(read, name="a")),
    lambda read: asyncio.run(aread_or_default(None, read, name="a")),
    lambda read: asyncio.run(aread_or_raise(IndexError(), read, name="a")),
    lambda read: asyncio.run(aitems_named(read, name="a"))[0],
]
IDS = [
    "read_or_none",
    "read_or_default",
    "read_or_raise",
    "items_named",
    "aread_or_none",
    "aread_or_default",
    "aread_or_raise",
    "aitems_named",
]


@pytest.mark.parametrize("hand_on", HANDING_ON, ids=IDS)
def test_a_model_is_handed_on_as_a_list_item(hand_on: Callable[..., Any]) -> None:
    read = read_job()
    assert read != listed_job(), "the difference the helpers remove"
    result = hand_on(lambda **kwargs: read)
    assert result == listed_job()
    assert result in [listed_job()]
    assert (result.kind, result.api_version) == (None, None)
    assert (read.kind, read.api_version) == ("Job", "batch/v1"), "the read's object is kept"


def test_an_async_client_model_is_handed_on_as_a_list_item() -> None:
    read = async_models.V1Pod(api_version="v1", kind="Pod", metadata={"name": "a"})
    listed = async_models.V1Pod(metadata={"name": "a"})
    assert read != listed

    async def read_pod(**kwargs: Any) -> Any:
        return read

    assert asyncio.run(aread_or_none(read_pod, name="a")) == listed
    assert asyncio.run(aitems_named(read_pod, name="a")) == [listed]


@pytest.mark.parametrize("hand_on", HANDING_ON, ids=IDS)
def test_anything_but_a_model_is_handed_on_untouched(hand_on: Callable[..., Any]) -> None:
    """Custom objects' dicts (their list items carry apiVersion and kind),
    the dynamic client's objects and users' mocks stay as the read gave them."""
    custom = {"apiVersion": "stable.example.com/v1", "kind": "CronTab", "metadata": {"name": "a"}}
    mocked = MagicMock()
    spec_mocked = MagicMock(spec=V1Pod, kind="Pod", api_version="v1")
    autospec_mocked = create_autospec(V1Pod, instance=True)
    autospec_mocked.kind = "Pod"
    for read in (custom, mocked, spec_mocked, autospec_mocked):
        assert hand_on(lambda read=read, **kwargs: read) is read
    assert custom["kind"] == "CronTab" and spec_mocked.kind == autospec_mocked.kind == "Pod"


def test_a_model_already_like_a_list_item_is_not_copied() -> None:
    listed = listed_job()
    assert read_or_none(lambda **kwargs: listed, name="a") is listed


def test_exists_answers_a_boolean_for_a_model() -> None:
    assert exists(lambda **kwargs: read_job(), name="a") is True
    assert asyncio.run(aexists(lambda **kwargs: read_job(), name="a")) is True


def returned_status(name: str) -> Any:
    """What ``kubernetes_asyncio``'s dynamic client returns for a 404 (36.1):
    the Status as an object (tomplus/kubernetes_asyncio#402)."""
    return AsyncResourceInstance(None, json.loads(status_404(name)))


def test_a_returned_not_found_status_naming_the_object_is_absent() -> None:
    async def read(**kwargs: Any) -> Any:
        return returned_status("a")

    assert asyncio.run(aread_or_none(read, name="a")) is None
    assert asyncio.run(aexists(read, name="a")) is False
    assert read_or_none(lambda **kwargs: returned_status("a"), name="a") is None


@pytest.mark.parametrize(
    "found",
    [
        returned_status("another"),
        json.loads(status_404("a")),
        MagicMock(kind="Status", to_dict=lambda: json.loads(status_404("a"))),
    ],
    ids=["other-object", "a-dict", "a-mock"],
)
def test_anything_else_that_looks_like_a_status_is_returned(found: Any) -> None:
    assert read_or_none(lambda **kwargs: found, name="a") is found


def test_the_readme_advice_for_users_tests() -> None:
    """docs/runtime.md, "Testing code that uses the helpers"."""
    api = MagicMock()
    assert exists(api.read_namespaced_job, name="etl-1", namespace="jobs") is True
    api.read_namespaced_job.side_effect = ApiException(status=404)
    assert exists(api.read_namespaced_job, name="etl-1", namespace="jobs") is False

    missing = ApiException(status=404, reason="Not Found")
    missing.body = json.dumps(
        {
            "kind": "Status",
            "reason": "NotFound",
            "code": 404,
            "details": {"name": "etl-1", "group": "batch", "kind": "jobs"},
        }
    )
    api.read_namespaced_job.side_effect = missing
    assert read_or_none(api.read_namespaced_job, name="etl-1", namespace="jobs") is None
    with pytest.raises(ApiException):
        read_or_none(api.read_namespaced_job, name="etl-2", namespace="jobs")
