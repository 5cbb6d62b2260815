"""Read one Kubernetes object by name, with 404 meaning "absent".

Code rewritten by ``k8s-lint fix`` imports these helpers.  They wrap any read
callable of the ``kubernetes`` client (``BatchV1Api().read_namespaced_job``,
``CustomObjectsApi().get_namespaced_custom_object``, ...) and keep the
behaviour of the list-and-search code they replace:

* the object exists: it is returned (or ``True``, or ``[object]``) as the
  list gave it (below);
* the server answers 404 for the object: it is absent (``None``, ``False``,
  ``[]``, the default, or the exception the original code raised on no
  match);
* any other error (403 from a missing RBAC ``get``, 5xx, timeouts, client-side
  validation) propagates unchanged.

Production code depends on this module, so it imports only the standard
library: ``import kubernetes`` costs ~200 ms and is never done here.  A 404 is
recognised by duck typing (an exception from a ``kubernetes*`` package whose
``status`` is 404), which covers ``kubernetes``, ``kubernetes_asyncio`` and
the dynamic client's ``NotFoundError`` alike.  It means "absent" unless its
body shows another cause: the API server names the missing object in a
NotFound ``Status``, so a body that is anything else (``404 page not found``
for a resource type it does not serve, such as a CRD not installed, or a
Status naming another object) made the list fail too, and propagates.  A 404
without a body is absent: that is what ``ApiException(status=404)`` raised
from a mock in users' tests looks like, and what ``e.status == 404`` code
has always taken to mean "not found".

A read is not a list item.  The API server fills in ``kind`` and
``apiVersion`` on a read and leaves them empty on the items of a typed list
(kubernetes/kubernetes#3030, kubernetes-client/python#429), and the client's
models compare with ``==`` by ``to_dict()``: code that later tests
``job in jobs`` or ``job == other_job`` against objects from a list would
never match the read.  So the helpers that hand the object on return it as
the list would have: a generated model (``kubernetes`` or
``kubernetes_asyncio``, recognised by its class-level ``openapi_types`` and
``attribute_map``) comes back as a shallow copy with ``kind`` and
``api_version`` set to None.  Dicts (custom objects, whose list items do
carry ``apiVersion`` and ``kind``), the dynamic client's objects and anything
else (a ``MagicMock``) are returned untouched.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

__all__ = [
    "ReadEvent",
    "aexists",
    "aitems_named",
    "aread_or_default",
    "aread_or_none",
    "aread_or_raise",
    "exists",
    "items_named",
    "name_selector",
    "read_or_default",
    "read_or_none",
    "read_or_raise",
    "set_observer",
]

T = TypeVar("T")
D = TypeVar("D")

_ABSENT: Any = object()


def _is_not_found(error: BaseException, name: object) -> bool:
    """True when a client exception says the object ``name`` does not exist.

    That is an HTTP 404 from a ``kubernetes*`` package whose body is empty or
    the API server's ``Status`` with reason ``NotFound`` naming the object.
    A 404 with any other body (the resource type is not served: a CRD not
    installed, an API version removed, a wrong path) is an error, as it was
    for the list call: it propagates.
    """
    if getattr(error, "status", None) != 404:
        return False
    modules = [cls.__module__ or "" for cls in type(error).__mro__]
    if not any(module.startswith("kubernetes") for module in modules):
        return False
    body = getattr(error, "body", None)
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if body is None or (isinstance(body, str) and not body.strip()):
        return True  # ApiException(status=404): the universal "not found"
    try:
        status = json.loads(body) if isinstance(body, str) else None
    except ValueError:
        return False
    return _names_missing(status, name)


def _names_missing(status: object, name: object) -> bool:
    """Whether ``status`` is the API server's NotFound ``Status`` for
    ``name``."""
    if not isinstance(status, dict) or status.get("reason") != "NotFound":
        return False
    details = status.get("details")
    if not isinstance(details, dict):
        return False
    return name is None or details.get("name") == name


def _is_returned_not_found(found: object, name: object) -> bool:
    """True when a read *returned* the NotFound ``Status`` for ``name``.

    ``kubernetes_asyncio``'s dynamic client (36.1 and earlier) checks the
    HTTP status only of preloaded responses, so its ``get`` hands back the
    404's Status as a ``ResourceInstance`` instead of raising
    (tomplus/kubernetes_asyncio#402).  Its list then gave no items, so this
    is "absent" too.
    """
    from_client = (type(found).__module__ or "").startswith("kubernetes")
    if not from_client or getattr(found, "kind", None) != "Status":
        return False
    to_dict = getattr(found, "to_dict", None)
    return callable(to_dict) and _names_missing(to_dict(), name)


def _is_possible_name(name: object) -> bool:
    """Whether an object could be called ``name``.

    Every Kubernetes object name is a non-empty string that is not ``.`` or
    ``..`` and holds no ``/`` or ``%`` (apimachinery's
    ValidatePathSegmentName).  The list-and-search code this replaces finds
    nothing for any other value (see ``_start``).
    """
    if not isinstance(name, str) or name in ("", ".", ".."):
        return False
    return "/" not in name and "%" not in name


def _as_list_item(found: T) -> T:
    """``found`` as a typed list's item would be: ``kind`` and ``api_version``
    None (see the module docstring).

    Only the client's generated models are changed, recognised by their
    class's ``openapi_types`` and ``attribute_map``: looking at the class,
    not the instance, leaves a ``MagicMock`` (which has every attribute)
    alone.  The object is copied so that one the read callable keeps (a
    cache, a test's fixture) is not changed under it.
    """
    model = type(found)
    types = getattr(model, "openapi_types", None)
    attribute_map = getattr(model, "attribute_map", None)
    if not isinstance(types, dict) or not isinstance(attribute_map, dict):
        return found
    filled = [a for a in ("kind", "api_version") if a in types]
    filled = [a for a in filled if getattr(found, a, None) is not None]
    if not filled:
        return found
    item = copy.copy(found)
    for attribute in filled:
        setattr(item, attribute, None)
    return item


class ReadEvent(NamedTuple):
    """One read the helpers made, for logging and metrics."""

    operation: str  # the read method, e.g. "read_namespaced_job"
    kind: str  # what it reads, e.g. "job"
    namespace: str | None
    seconds: float
    outcome: str  # "found", "absent" or "error"
    status: int | None  # the HTTP status of an error, when it has one


_LOG = logging.getLogger("k8s_lint.runtime")
_observer: Callable[[ReadEvent], object] | None = None
_observer_lock = threading.Lock()


def set_observer(observer: Callable[[ReadEvent], object] | None) -> None:
    """Call ``observer(event)`` after every read (None: stop).  Thread-safe;
    with no observer and DEBUG logging off, reads are not even timed."""
    global _observer
    with _observer_lock:
        _observer = observer


def _watched() -> bool:
    return _observer is not None or _LOG.isEnabledFor(logging.DEBUG)


def _report(
    read: Callable[..., Any],
    kwargs: dict[str, Any],
    start: float,
    outcome: str,
    error: BaseException | None = None,
) -> None:
    operation = getattr(read, "__name__", type(read).__name__)
    kind = operation
    for prefix in ("read_", "get_", "namespaced_"):
        # Not str.removeprefix, which is Python 3.9+: the helper runs on 3.8
        # (and not kind[len(prefix) :], which flake8's defaults flag: E203).
        if kind.startswith(prefix):
            kind = kind.replace(prefix, "", 1)
    event = ReadEvent(
        operation,
        kind,
        kwargs.get("namespace"),
        time.perf_counter() - start,
        outcome,
        getattr(error, "status", None) if error is not None else None,
    )
    _LOG.debug(
        "%s %s/%s: %s in %.1f ms",
        operation,
        event.namespace or "-",
        kwargs.get("name"),
        outcome if event.status is None else f"{outcome} {event.status}",
        event.seconds * 1000,
        extra={"k8s_read": event},
    )
    observer = _observer
    if observer is not None:
        observer(event)


# A name any object may have, read in place of one no object can have.
_PROBE = "k8s-lint-probe"


def _start(kwargs: dict[str, Any]) -> tuple[float, bool]:
    """The start time for reporting (0.0 when nobody is listening), and
    whether the read only probes.

    Where no object can have the name, the search found nothing, unless its
    list call failed: the read of a name any object may have, in its place,
    fails where the list did (no access, the server's errors, a resource
    type it does not serve), and what it finds is not used.  (Read as it is,
    such a name could even reach another endpoint: an empty one turns
    ``.../jobs/{name}`` into the list URL.)

    A name of a ``str`` subclass (a ``str`` Enum member) is read as the
    plain string it equals, which is what the search compared with; its own
    ``str()`` or ``format()`` may spell it otherwise."""
    probe = False
    if "name" in kwargs:
        if _is_possible_name(kwargs["name"]):
            kwargs["name"] = str.__str__(kwargs["name"])
        else:
            kwargs["name"], probe = _PROBE, True
    return (time.perf_counter() if _watched() else 0.0), probe


def _settle(
    read: Callable[..., Any],
    kwargs: dict[str, Any],
    start: float,
    error: Exception | None,
) -> bool:
    """Report the read's outcome; True when ``error`` means "absent"."""
    absent = error is not None and _is_not_found(error, kwargs.get("name"))
    if start:
        outcome = "found" if error is None else "absent" if absent else "error"
        _report(read, kwargs, start, outcome, None if absent else error)
    return absent


def _read(
    read: Callable[..., T],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> T:
    start, probe = _start(kwargs)
    try:
        found = read(*args, **kwargs)
    except Exception as error:
        if _settle(read, kwargs, start, error):
            return _ABSENT  # type: ignore[no-any-return]
        raise
    found = _found(read, kwargs, start, found)
    return _ABSENT if probe else found


async def _aread(
    read: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    start, probe = _start(kwargs)
    try:
        result = read(*args, **kwargs)
        found = await result if inspect.isawaitable(result) else result
    except Exception as error:
        if _settle(read, kwargs, start, error):
            return _ABSENT
        raise
    found = _found(read, kwargs, start, found)
    return _ABSENT if probe else found


def _found(
    read: Callable[..., Any],
    kwargs: dict[str, Any],
    start: float,
    found: T,
) -> T:
    """``found`` after reporting it, or _ABSENT where it is a returned 404."""
    if _is_returned_not_found(found, kwargs.get("name")):
        if start:
            _report(read, kwargs, start, "absent")
        return _ABSENT  # type: ignore[no-any-return]
    _settle(read, kwargs, start, None)
    return found


def read_or_none(
    read: Callable[..., T],
    /,
    *args: Any,
    **kwargs: Any,
) -> T | None:
    """``read(*args, **kwargs)`` as a list item, or ``None`` when the object
    does not exist."""
    found = _read(read, args, kwargs)
    return None if found is _ABSENT else _as_list_item(found)


def read_or_default(
    default: D,
    read: Callable[..., T],
    /,
    *args: Any,
    **kwargs: Any,
) -> T | D:
    """``read(*args, **kwargs)`` as a list item, or ``default`` when the
    object does not exist."""
    found = _read(read, args, kwargs)
    return default if found is _ABSENT else _as_list_item(found)


def exists(read: Callable[..., object], /, *args: Any, **kwargs: Any) -> bool:
    """Whether ``read(*args, **kwargs)`` finds the object."""
    return _read(read, args, kwargs) is not _ABSENT


def read_or_raise(
    error: BaseException,
    read: Callable[..., T],
    /,
    *args: Any,
    **kwargs: Any,
) -> T:
    """``read(*args, **kwargs)`` as a list item, raising ``error`` when the
    object does not exist.

    Keeps the exception of code such as ``[...][0]`` (IndexError) or
    ``next(...)`` without a default (StopIteration).  It is raised outside any
    ``except`` block so that, like the original, it carries no ``__context__``.
    """
    found = _read(read, args, kwargs)
    if found is _ABSENT:
        raise error
    return _as_list_item(found)


def items_named(
    read: Callable[..., T],
    /,
    *args: Any,
    **kwargs: Any,
) -> list[T]:
    """The list items called by the read's name: ``[object]``, or ``[]``
    when absent.

    Stands in for a list call's ``.items`` (or ``["items"]``) where the code
    around it only looks at the items with that name, so the search runs as
    written over the one item that can match.
    """
    found = _read(read, args, kwargs)
    return [] if found is _ABSENT else [_as_list_item(found)]


async def aread_or_none(
    read: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """Async :func:`read_or_none`, for ``kubernetes_asyncio``'s reads."""
    found = await _aread(read, args, kwargs)
    return None if found is _ABSENT else _as_list_item(found)


async def aread_or_default(
    default: Any,
    read: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """Async :func:`read_or_default`."""
    found = await _aread(read, args, kwargs)
    return default if found is _ABSENT else _as_list_item(found)


async def aexists(
    read: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> bool:
    """Async :func:`exists`."""
    return await _aread(read, args, kwargs) is not _ABSENT


async def aread_or_raise(
    error: BaseException,
    read: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> Any:
    """Async :func:`read_or_raise`."""
    found = await _aread(read, args, kwargs)
    if found is _ABSENT:
        raise error
    return _as_list_item(found)


async def aitems_named(
    read: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> list[Any]:
    """Async :func:`items_named`."""
    found = await _aread(read, args, kwargs)
    return [] if found is _ABSENT else [_as_list_item(found)]


def name_selector(name: object, selector: str | None = None) -> str:
    """A field selector matching objects called ``name``, and ``selector`` too.

    The value is escaped as apimachinery's ``fields.EscapeValue`` does
    (``\\``, ``,`` and ``=``), so any name selects exactly the objects with
    that name and an odd one can't break the selector's syntax; a value that
    is no string selects nothing, as it equals no object's name.
    """
    # The plain string a str subclass equals; any other value equals no name,
    # so it selects what no object can be called ("/").
    text = str.__str__(name) if isinstance(name, str) else "/"
    value = text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=")
    own = f"metadata.name={value}"
    return f"{selector},{own}" if selector else own
