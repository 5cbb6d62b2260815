"""An in-memory BatchV1Api for running code before and after a fix.

It returns the real client's models and raises the real client's exceptions,
so the code under test sees what it would see from a cluster.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from kubernetes.client import V1Job, V1JobList, V1ObjectMeta
from kubernetes.client.exceptions import (
    ApiException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
)

NAMESPACE = "jobs"
TARGET = "etl-2026-11-25"

_ERRORS = {403: ForbiddenException, 404: NotFoundException, 500: ServiceException}


class State(NamedTuple):
    """A cluster state: the Job names per namespace, and an error every call gets."""

    id: str
    namespaces: dict[str, list[str]]
    error: int | None = None


STATES = [
    State("present", {NAMESPACE: ["etl-2026-11-24", TARGET, "report-7"]}),
    State("absent", {NAMESPACE: ["etl-2026-11-24", "report-7"]}),
    State("empty-namespace", {NAMESPACE: []}),
    State("no-namespace", {}),
    State("in-another-namespace-only", {"other": [TARGET], NAMESPACE: ["report-7"]}),
    State("forbidden", {NAMESPACE: [TARGET]}, error=403),
    State("server-error", {NAMESPACE: [TARGET]}, error=500),
]


def _job(name: str, namespace: str) -> V1Job:
    return V1Job(metadata=V1ObjectMeta(name=name, namespace=namespace, uid=f"uid-{name}"))


class FakeBatchV1Api:
    def __init__(self, state: State) -> None:
        self.state = state
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def _fail(self) -> None:
        if self.state.error is not None:
            raise _ERRORS.get(self.state.error, ApiException)(status=self.state.error)

    def list_namespaced_job(self, namespace: str, **kwargs: Any) -> V1JobList:
        self.calls.append(("list", {"namespace": namespace, **kwargs}))
        self._fail()
        names = self.state.namespaces.get(namespace, [])
        return V1JobList(items=[_job(n, namespace) for n in names])

    def read_namespaced_job(self, name: str, namespace: str, **kwargs: Any) -> V1Job:
        self.calls.append(("read", {"name": name, "namespace": namespace, **kwargs}))
        self._fail()
        if name not in self.state.namespaces.get(namespace, []):
            raise NotFoundException(status=404, reason="Not Found")
        return _job(name, namespace)


def outcome(function: Any, *args: Any) -> tuple[str, Any]:
    """What a call did: its return value, or its exception's type and status."""
    try:
        return "returned", function(*args)
    except Exception as error:  # the outcome under test
        return "raised", (type(error), getattr(error, "status", None), str(error))
