"""The runtime helper: 404 means absent, everything else propagates."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, NoReturn

import pytest
from kubernetes.client.exceptions import ApiException, NotFoundException

from k8s_lint.runtime import exists, read_or_default, read_or_none, read_or_raise


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


def status_404(name: str) -> str:
    details = {"name": name, "kind": "jobs", "group": "batch"}
    return json.dumps({"kind": "Status", "reason": "NotFound", "code": 404, "details": details})


@pytest.mark.parametrize(
    "error",
    [
        NotFoundException(status=404, body=status_404("a")),
        ApiException(status=404, body=status_404("a").encode()),
    ],
)
def test_404_naming_the_object_is_absent(error: ApiException) -> None:
    read = failing(error)
    assert read_or_none(read, name="a") is None
    assert exists(read, name="a") is False
    assert read_or_default("dflt", read, name="a") == "dflt"
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
    for helper in (read_or_none, exists):
        with pytest.raises(type(error)) as raised:
            helper(failing(error), name="a")
        assert raised.value is error


@pytest.mark.parametrize(
    "body",
    [None, "404 page not found\n", status_404("another"), "{not json", '{"kind": "Status"}'],
    ids=["no-body", "page-not-found", "other-object", "garbage", "no-reason"],
)
def test_other_404s_propagate(body: str | None) -> None:
    """A 404 that does not name the object (the resource type is not served:
    a CRD missing, an API version removed) failed the list too."""
    error = NotFoundException(status=404, body=body)
    with pytest.raises(NotFoundException) as raised:
        exists(failing(error), name="a")
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
