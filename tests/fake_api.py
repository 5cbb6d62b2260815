"""An in-memory Kubernetes API for running code before and after a fix.

One object answers every list/read pair of the kind table (namespaced,
cluster-scoped, all namespaces), the custom-objects API, the dynamic client's
``resources.get(...).get(...)``, and their asyncio twins.  It honours label
and field selectors and ``limit``/``_continue`` like the API server, returns
objects that compare by value but cannot be hashed (like the client's
models), and raises the real client's exceptions.

Like the API server, it fills in ``kind`` and ``api_version`` on a read and
leaves them None on a typed list's items (kubernetes/kubernetes#3030), so
code that compares a read object with list items is run as it runs against
a cluster.  Custom objects carry both everywhere, as does the dynamic
client, which fills them in on its list items itself.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any, ClassVar, NamedTuple

from kubernetes.client.exceptions import (
    ApiException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
)
from kubernetes.dynamic.exceptions import api_exception

from k8s_lint.kinds import ALL_NAMESPACES, CLUSTER, CUSTOM, LIST_METHODS, ListMethod

NAMESPACE = "jobs"
TARGET = "etl-2026-11-25"
LABELS = "app=etl"
_ERRORS = {403: ForbiddenException, 404: NotFoundException, 500: ServiceException}
_READS = {m.read_method: m for m in LIST_METHODS.values()}


def not_found(name: str | None) -> NotFoundException:
    """The API server's answer for a missing object (or, with no name, for a
    path it does not serve: a resource type that is not installed)."""
    if name is None:
        return NotFoundException(status=404, reason="Not Found", body="404 page not found\n")
    status = {
        "kind": "Status",
        "apiVersion": "v1",
        "status": "Failure",
        "message": f'jobs.batch "{name}" not found',
        "reason": "NotFound",
        "details": {"name": name, "group": "batch", "kind": "jobs"},
        "code": 404,
    }
    return NotFoundException(status=404, reason="Not Found", body=json.dumps(status))


class Stored(NamedTuple):
    namespace: str
    name: str
    labels: dict[str, str]


class State(NamedTuple):
    """A cluster state: the objects (of every kind), and failing calls."""

    id: str
    objects: list[Stored]
    list_error: int | None = None
    read_error: int | None = None
    # A missing object's 404 without a body, as a mock raises it
    # (``ApiException(status=404)``) where the API server sends a Status.
    bodyless_404: bool = False


_ETL = {"app": "etl"}
_PRESENT = [
    Stored(NAMESPACE, "etl-2026-11-24", _ETL),
    Stored(NAMESPACE, TARGET, _ETL),
    Stored(NAMESPACE, "report-7", {"app": "report"}),
    Stored("other", "etl-9", _ETL),
]
STATES = [
    State("present", _PRESENT),
    State("absent", [o for o in _PRESENT if o.name != TARGET]),
    State("empty-namespace", [Stored("other", "etl-9", _ETL)]),
    State("in-another-namespace-only", [Stored("other", TARGET, _ETL)]),
    State("label-mismatch", [Stored(NAMESPACE, TARGET, {"app": "web"})]),
    State("read-403", _PRESENT, read_error=403),
    State("read-500", _PRESENT, read_error=500),
    State("all-403", _PRESENT, list_error=403, read_error=403),
    State("all-500", _PRESENT, list_error=500, read_error=500),
    # The resource type is not served (CRD not installed, API version gone).
    State("no-such-resource", _PRESENT, list_error=404, read_error=404),
]


class Metadata:
    def __init__(self, name: str, namespace: str | None, labels: dict[str, str]) -> None:
        self.name, self.namespace, self.labels = name, namespace, labels
        self._continue: str | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Metadata) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # models are unhashable


class Model:
    """A typed-client object: attribute access, value equality, no hash.

    The class carries ``openapi_types`` and ``attribute_map`` as the
    generated models do: that is how the runtime recognises a model.
    """

    openapi_types: ClassVar[dict[str, str]] = {
        "api_version": "str",
        "kind": "str",
        "metadata": "V1ObjectMeta",
    }
    attribute_map: ClassVar[dict[str, str]] = {
        "api_version": "apiVersion",
        "kind": "kind",
        "metadata": "metadata",
    }

    def __init__(self, method: ListMethod | None, stored: Stored, namespaced: bool) -> None:
        """``method``: the kind a read names; None for a typed list's item."""
        self.kind = method.kind if method else None
        self.api_version = _api_version(method) if method else None
        self.metadata = Metadata(
            stored.name, stored.namespace if namespaced else None, stored.labels
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Model) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        meta = self.metadata
        return {
            "api_version": self.api_version,
            "kind": self.kind,
            "metadata": {"name": meta.name, "namespace": meta.namespace},
        }


def _api_version(method: ListMethod) -> str:
    group = method.groups[0]
    return f"{group}/v1" if group else "v1"


class Instance:
    """A dynamic-client object (``ResourceInstance``/``ResourceField``): not a
    generated model, with ``kind`` and ``apiVersion`` on list items too."""

    def __init__(self, kind: str, stored: Stored) -> None:
        self.kind = kind
        self.apiVersion = "batch/v1"
        self.metadata = Metadata(stored.name, stored.namespace, stored.labels)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Instance) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]


class ModelList:
    def __init__(self, items: list[Any], token: str | None) -> None:
        self.items = items
        self.metadata = Metadata("", None, {})
        self.metadata._continue = token


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def _selected(stored: Stored, label_selector: str | None, field_selector: str | None) -> bool:
    for term in filter(None, (label_selector or "").split(",")):
        key, _, value = term.partition("=")
        if stored.labels.get(key) != value:
            return False
    for term in filter(None, re.split(r"(?<!\\),", field_selector or "")):
        key, _, value = re.split(r"(?<!\\)(=)", term, maxsplit=1)
        wanted = {
            "metadata.name": stored.name,
            "metadata.namespace": stored.namespace,
            "status.phase": "Running",  # every fake object runs
        }
        if key not in wanted:
            raise ApiException(status=400, reason=f"field label not supported: {key}")
        if wanted[key] != _unescape(value):
            return False
    return True


class FakeApi:
    """Every API class at once: ``FakeApi(state).list_namespaced_job(ns)``."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.resources = _Resources(self)

    def _fail(self, status: int | None) -> None:
        if status == 404:
            raise not_found(None)
        if status is not None:
            raise _ERRORS.get(status, ApiException)(status=status)

    def _list(self, verb: str, kwargs: dict[str, Any], namespace: str | None) -> list[Stored]:
        self.calls.append((verb, kwargs))
        self._fail(self.state.list_error)
        found = [
            o
            for o in self.state.objects
            if (namespace is None or o.namespace == namespace)
            and _selected(o, kwargs.get("label_selector"), kwargs.get("field_selector"))
        ]
        return found

    def _page(self, found: list[Any], kwargs: dict[str, Any]) -> tuple[list[Any], str | None]:
        start = int(kwargs.get("_continue") or 0)
        limit = kwargs.get("limit")
        if not limit:
            return found[start:], None
        end = start + limit
        return found[start:end], (str(end) if end < len(found) else None)

    def _read(self, verb: str, kwargs: dict[str, Any], namespace: str | None) -> Stored:
        self.calls.append((verb, kwargs))
        self._fail(self.state.read_error)
        for o in self.state.objects:
            if o.name == kwargs["name"] and (namespace is None or o.namespace == namespace):
                return o
        if self.state.bodyless_404:
            raise NotFoundException(status=404)
        raise not_found(kwargs["name"])

    def __getattr__(self, attribute: str) -> Any:
        method = LIST_METHODS.get(attribute)
        if method is not None and method.scope != CUSTOM:
            return self._lister(method.scope)
        method = _READS.get(attribute)
        if method is not None and method.scope != CUSTOM:
            return self._reader(method)
        raise AttributeError(attribute)

    def _lister(self, scope: str) -> Any:
        def list_objects(*args: Any, **kwargs: Any) -> ModelList:
            if scope not in (CLUSTER, ALL_NAMESPACES):
                kwargs = {"namespace": args[0], **kwargs} if args else kwargs
            namespace = kwargs.get("namespace") if scope not in (CLUSTER, ALL_NAMESPACES) else None
            if scope == CLUSTER:
                namespace = NAMESPACE  # the cluster-scoped objects
            found = self._list("list", kwargs, namespace)
            page, token = self._page(found, kwargs)
            return ModelList([Model(None, o, scope != CLUSTER) for o in page], token)

        return list_objects

    def _reader(self, method: ListMethod) -> Any:
        namespaced = method.scope != CLUSTER

        def read_object(*args: Any, **kwargs: Any) -> Model:
            names = ("name", "namespace") if namespaced else ("name",)
            kwargs = {**dict(zip(names, args, strict=False)), **kwargs}
            namespace = kwargs["namespace"] if namespaced else NAMESPACE
            return Model(method, self._read("read", kwargs, namespace), namespaced)

        return read_object

    # CustomObjectsApi: dict items, group/version/plural arguments.

    @staticmethod
    def _custom(
        stored: Stored, group: str, version: str, plural: str, namespaced: bool
    ) -> dict[str, Any]:
        metadata: dict[str, Any] = {"name": stored.name, "labels": stored.labels}
        if namespaced:
            metadata["namespace"] = stored.namespace
        return {"apiVersion": f"{group}/{version}", "kind": plural, "metadata": metadata}

    def list_namespaced_custom_object(
        self, group: str, version: str, namespace: str, plural: str, **kwargs: Any
    ) -> dict[str, Any]:
        found = self._list("list", {"namespace": namespace, **kwargs}, namespace)
        page, token = self._page(found, kwargs)
        items = [self._custom(o, group, version, plural, True) for o in page]
        return {"items": items, "metadata": {"continue": token}}

    def list_custom_object_for_all_namespaces(
        self, group: str, version: str, resource_plural: str, **kwargs: Any
    ) -> dict[str, Any]:
        found = self._list("list", kwargs, None)
        page, token = self._page(found, kwargs)
        items = [self._custom(o, group, version, resource_plural, True) for o in page]
        return {"items": items, "metadata": {"continue": token}}

    def get_namespaced_custom_object(
        self, group: str, version: str, namespace: str, plural: str, name: str, **kwargs: Any
    ) -> dict[str, Any]:
        stored = self._read("read", {"namespace": namespace, "name": name, **kwargs}, namespace)
        return self._custom(stored, group, version, plural, True)

    def list_cluster_custom_object(
        self, group: str, version: str, plural: str, **kwargs: Any
    ) -> dict[str, Any]:
        found = self._list("list", kwargs, NAMESPACE)
        page, token = self._page(found, kwargs)
        items = [self._custom(o, group, version, plural, False) for o in page]
        return {"items": items, "metadata": {"continue": token}}

    def get_cluster_custom_object(
        self, group: str, version: str, plural: str, name: str, **kwargs: Any
    ) -> dict[str, Any]:
        stored = self._read("read", {"name": name, **kwargs}, NAMESPACE)
        return self._custom(stored, group, version, plural, False)


class _Resources:
    """``DynamicClient.resources``: ``.get(api_version=..., kind=...)``."""

    def __init__(self, api: FakeApi) -> None:
        self.api = api

    def get(self, **kwargs: Any) -> _Resource:
        return _Resource(self.api, kwargs.get("kind", "Job"))


class _Resource:
    def __init__(self, api: FakeApi, kind: str) -> None:
        self.api, self.kind = api, kind

    def get(self, name: str | None = None, namespace: str | None = None, **kwargs: Any) -> Any:
        # The dynamic client wraps every ApiException by status, as here.
        try:
            if name is None:
                found = self.api._list("list", {"namespace": namespace, **kwargs}, namespace)
                return ModelList([Instance(self.kind, o) for o in found], None)
            stored = self.api._read("read", {"name": name, "namespace": namespace}, namespace)
        except ApiException as error:
            raise api_exception(error) from error
        return Instance(self.kind, stored)


class AsyncFakeApi(FakeApi):
    """The same API with coroutine methods, like ``kubernetes_asyncio``."""

    def __getattribute__(self, attribute: str) -> Any:
        return _coroutine(attribute, super().__getattribute__(attribute))

    def __getattr__(self, attribute: str) -> Any:
        return _coroutine(attribute, super().__getattr__(attribute))


def _coroutine(attribute: str, value: Any) -> Any:
    if not (attribute.startswith(("list_", "read_", "get_")) and callable(value)):
        return value

    async def method(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0)
        return value(*args, **kwargs)

    return method


def outcome(function: Any, *args: Any) -> tuple[str, Any]:
    """What a call did: its return value, or its exception's type and status."""
    try:
        result = function(*args)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        return "returned", result
    except Exception as error:  # the outcome under test
        # The dynamic client's errors print their traceback: compare the rest.
        text = "" if hasattr(error, "original_traceback") else str(error)
        # By name: a case's own exception class is a new class each time
        # its code (before or after the fix) is run.
        kind = f"{type(error).__module__}.{type(error).__qualname__}"
        return "raised", (kind, getattr(error, "status", None), text)


def same_outcome(before: Any, after: Any, state: State, *args: Any) -> FakeApi:
    """Run ``before(api, *args)`` and ``after(api, *args)`` on twin fake APIs
    and check that they agree; returns the API the fixed code talked to.

    The one difference the fix may make is the RBAC verb: where only reads
    are refused, the fixed code must do what the original did where the list
    was refused with the same status (raise it, or handle it the same way:
    never answer "absent").
    """
    make = AsyncFakeApi if asyncio.iscoroutinefunction(after) else FakeApi
    reading = make(state)
    actual = outcome(after, reading, *args)
    refused_read = state.read_error is not None and state.list_error is None
    if refused_read and any(verb == "read" for verb, _ in reading.calls):
        refused = state._replace(list_error=state.read_error)
        assert actual == outcome(before, make(refused), *args)
    else:
        assert actual == outcome(before, make(state), *args)
    return reading
