"""Every list method of every API class of both clients is known, or left out on purpose.

The built-in kinds come from a table generated from the ``kubernetes``
client; the custom-object methods are written by hand in ``kinds.py``.  This
test enumerates the installed clients themselves, so a method the tool
neither recognises nor excludes (as ``list_custom_object_for_all_namespaces``
once was) fails here, whichever part of the table it belongs to.  So does
an argument of a list method that ``k8s_lint/arguments.py`` (what each fix
makes of it) leaves out.  Each check is shown to fail when the table or the
exclusion list loses an entry.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Set
from types import ModuleType

import pytest

from k8s_lint.arguments import BLOCKING, CARRIED, SELECTABLE
from k8s_lint.kinds import DICT_SCOPES, LIST_METHODS, READ_NAMES

CLIENTS = ("kubernetes.client", "kubernetes_asyncio.client")

# A list method left out on purpose, with why (none today: every list method
# of both clients has a read by name).
EXCLUDED: dict[str, str] = {}


def list_methods(client: ModuleType) -> dict[str, type]:
    """Every public ``list_*`` method of the client's API classes, with its class."""
    found = {}
    for name in dir(client):
        api = getattr(client, name)
        if not (isinstance(api, type) and name.endswith("Api") and name != "ApiClient"):
            continue
        for method in dir(api):
            if method.startswith("list_") and not method.endswith(
                ("_with_http_info", "_without_preload_content")
            ):
                found[method] = api
    return found


def unknown_methods(
    module: str,
    known: Mapping[str, object] = LIST_METHODS,
    excluded: Mapping[str, str] = EXCLUDED,
) -> list[str]:
    """The client's list methods the tool neither knows nor excludes."""
    methods = list_methods(importlib.import_module(module))
    return sorted(m for m in methods if m not in known and m not in excluded)


def stale_exclusions(excluded: Mapping[str, str] = EXCLUDED) -> list[str]:
    """Exclusions that name no list method of either client, one the table
    knows, or give no reason."""
    methods = {m for module in CLIENTS for m in list_methods(importlib.import_module(module))}
    return sorted(
        m for m, why in excluded.items() if m not in methods or m in LIST_METHODS or not why.strip()
    )


@pytest.mark.parametrize("module", CLIENTS)
def test_every_list_method_is_recognised_or_excluded(module: str) -> None:
    assert len(list_methods(importlib.import_module(module))) > 100
    unknown = unknown_methods(module)
    assert unknown == [], f"{module}: list methods k8s-lint neither knows nor excludes"


def test_exclusions_are_methods_of_a_client_with_a_reason() -> None:
    assert stale_exclusions() == []


@pytest.mark.parametrize("module", CLIENTS)
def test_every_known_method_reads_with_a_method_of_its_class(module: str) -> None:
    """The read a fix writes exists on the class the list came from."""
    for method, api in list_methods(importlib.import_module(module)).items():
        if method in LIST_METHODS:
            read = LIST_METHODS[method].read_method
            assert hasattr(api, read), f"{api.__name__}.{read}, the read of {method}"


def test_custom_object_methods_have_their_scopes() -> None:
    """Each custom-object list method, with dict items and the read it needs."""
    assert {m for m in LIST_METHODS if "custom_object" in m} == {
        "list_namespaced_custom_object",
        "list_cluster_custom_object",
        "list_custom_object_for_all_namespaces",
    }
    for method in ("list_namespaced_custom_object", "list_custom_object_for_all_namespaces"):
        assert LIST_METHODS[method].scope in DICT_SCOPES
        assert LIST_METHODS[method].read_method == "get_namespaced_custom_object"


@pytest.mark.parametrize("module", CLIENTS)
def test_removing_a_method_from_the_table_is_seen(module: str) -> None:
    """The check can fail: without one method, it is reported."""
    known = {m: k for m, k in LIST_METHODS.items() if m != "list_custom_object_for_all_namespaces"}
    assert unknown_methods(module, known) == ["list_custom_object_for_all_namespaces"]


@pytest.mark.parametrize("module", CLIENTS)
def test_removing_a_method_from_the_exclusions_is_seen(module: str) -> None:
    """A method out of the table passes while it is excluded, and is
    reported once its exclusion goes."""
    method = "list_cluster_custom_object"
    known = {m: k for m, k in LIST_METHODS.items() if m != method}
    excluded = {**EXCLUDED, method: "excluded by this test"}
    assert unknown_methods(module, known, excluded) == []
    del excluded[method]
    assert unknown_methods(module, known, excluded) == [method]


def test_a_stale_exclusion_is_seen() -> None:
    """An exclusion that the table also knows, that no client has, or
    without a reason, is reported."""
    stale = {"list_namespaced_job": "known", "list_namespaced_gizmo": "no such method"}
    assert stale_exclusions(stale) == sorted(stale)
    assert stale_exclusions({"list_cluster_custom_object": " "}) == ["list_cluster_custom_object"]


# Every argument the table knows: the list's own parameters (under the
# read's name too) and the keywords of k8s_lint/arguments.py.
TABULATED = {
    *(p for m in LIST_METHODS.values() for p in m.positional),
    *READ_NAMES,
    *CARRIED,
    *SELECTABLE,
    *BLOCKING,
}


def list_arguments(module: str) -> dict[str, str]:
    """Every argument of every list method of the client (as its docstring
    documents them, which the asyncio client's ``**kwargs`` hide from the
    signature), with one method that takes it."""
    found: dict[str, str] = {}
    for method, api in list_methods(importlib.import_module(module)).items():
        for argument in re.findall(r":param (\w+):", getattr(api, method).__doc__ or ""):
            found.setdefault(argument, f"{api.__name__}.{method}")
    return found


def untabulated(module: str, tabulated: Set[str] = TABULATED) -> dict[str, str]:
    """The client's list arguments the table leaves out, with a method taking each."""
    return {a: m for a, m in list_arguments(module).items() if a not in tabulated}


@pytest.mark.parametrize("module", CLIENTS)
def test_every_list_argument_is_in_the_arguments_table(module: str) -> None:
    """The table says of every argument what a read and a field selector make
    of it: a client release that adds one fails here until it is placed."""
    arguments = list_arguments(module)
    assert {"namespace", "label_selector", "timeout_seconds", "watch"} <= arguments.keys()
    assert untabulated(module) == {}, f"{module}: list arguments the arguments table leaves out"


def test_the_arguments_table_names_only_arguments_of_the_clients() -> None:
    taken = {a for module in CLIENTS for a in list_arguments(module)}
    assert TABULATED - taken == set()


@pytest.mark.parametrize("module", CLIENTS)
def test_an_argument_left_out_of_the_table_is_seen(module: str) -> None:
    assert list(untabulated(module, TABULATED - {"timeout_seconds"})) == ["timeout_seconds"]
