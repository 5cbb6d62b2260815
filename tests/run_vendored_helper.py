"""Every public name of a vendored helper, run on the Python that runs this
script (any from 3.8 on): ``python -I -S run_vendored_helper.py HELPER``.

The helper is loaded from its file alone, with the standard library only
(``-S``: no site-packages), so this script is written for Python 3.8 and
uses the standard library only too.  The client's exception and a generated
model are stood in for by classes shaped as the helper recognises them (a
class from a ``kubernetes*`` module; ``openapi_types`` and ``attribute_map``
on the class).  It exits non-zero, with a traceback, on the first wrong
answer, and when a name in the helper's ``__all__`` went unexercised.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from typing import ClassVar


class ApiException(Exception):
    def __init__(self, status, body=None):
        super().__init__(status)
        self.status = status
        self.body = body


class V1Job:
    openapi_types: ClassVar = {
        "kind": "str",
        "api_version": "str",
        "metadata": "str",
    }
    attribute_map: ClassVar = {
        "kind": "kind",
        "api_version": "apiVersion",
        "metadata": "metadata",
    }

    def __init__(self, name):
        self.kind = "Job"
        self.api_version = "batch/v1"
        self.metadata = name


# Where the client's own are: a 404 counts only from a kubernetes* class.
ApiException.__module__ = "kubernetes.client.exceptions"
V1Job.__module__ = "kubernetes.client.models.v1_job"
JOB = V1Job("a")


def read_namespaced_job(name, namespace):
    if name == "a":
        return JOB
    if name == "forbidden":
        raise ApiException(403)
    status = {"kind": "Status", "reason": "NotFound", "details": {"name": name}}
    raise ApiException(404, json.dumps(status).encode())


async def read_async(name, namespace):
    return read_namespaced_job(name, namespace)


read_async.__name__ = "read_namespaced_job"


def load(path):
    spec = importlib.util.spec_from_file_location("k8s_read", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["k8s_read"] = module
    spec.loader.exec_module(module)
    return module


class Helper:
    """The helper's public names, each noted as it is used."""

    def __init__(self, module):
        self.module = module
        self.used = set()

    def __call__(self, name):
        self.used.add(name)
        return getattr(self.module, name)


def check_reads(the, prefix, run, read):
    """Each read helper (``prefix``: "" or "a" for the async ones), called
    through ``run`` (asyncio.run for the async ones)."""

    def call(function, /, *args, **kwargs):
        return run(the(prefix + function)(*args, **kwargs))

    item = call("read_or_none", read, name="a", namespace="ns")
    assert (item.kind, item.api_version, item.metadata) == (None, None, "a")
    assert JOB.kind == "Job", "the read's own object is copied"
    assert call("read_or_none", read, name="b", namespace="ns") is None
    assert call("read_or_default", 0, read, name="b", namespace="ns") == 0
    found = call("read_or_default", 0, read, name="a", namespace="ns")
    assert found.metadata == "a"
    assert call("exists", read, name="a", namespace="ns") is True
    assert call("exists", read, name="b", namespace="ns") is False
    assert call("exists", read, name="a/b", namespace="ns") is False
    named = call("items_named", read, name="a", namespace="ns")
    assert [i.metadata for i in named] == ["a"]
    assert call("items_named", read, name="b", namespace="ns") == []
    missing = IndexError("no job")
    found = call("read_or_raise", missing, read, name="a", namespace="ns")
    assert found.metadata == "a"
    try:
        call("read_or_raise", missing, read, name="b", namespace="ns")
    except IndexError as error:
        assert error is missing and error.__context__ is None
    else:
        raise AssertionError("read_or_raise raised nothing")
    try:
        call("read_or_none", read, name="forbidden", namespace="ns")
    except ApiException as error:
        assert error.status == 403
    else:
        raise AssertionError("a 403 did not propagate")


def check(module):
    the = Helper(module)
    events = []
    the("set_observer")(events.append)
    check_reads(the, "", lambda result: result, read_namespaced_job)
    check_reads(the, "a", asyncio.run, read_async)
    the("set_observer")(None)
    assert all(isinstance(e, the("ReadEvent")) for e in events)
    assert {(e.operation, e.kind, e.namespace) for e in events} == {
        ("read_namespaced_job", "job", "ns"),
    }
    assert {(e.outcome, e.status) for e in events} == {
        ("found", None),
        ("absent", None),
        ("error", 403),
    }
    selector = the("name_selector")
    assert selector("a,b=c\\") == "metadata.name=a\\,b\\=c\\\\"
    both = selector("a", "status.phase=Running")
    assert both == "status.phase=Running,metadata.name=a"
    unexercised = set(module.__all__) - the.used
    assert not unexercised, f"not exercised: {sorted(unexercised)}"


if __name__ == "__main__":
    check(load(sys.argv[1]))
    print("ran on", sys.version.split()[0])
