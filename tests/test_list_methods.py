"""Every list method of every API class of both clients is known, or left out on purpose.

The built-in kinds come from a table generated from the ``kubernetes``
client; the custom-object methods are written by hand in ``kinds.py``.  This
test enumerates the installed clients themselves, so a method the tool
neither recognises nor excludes (as ``list_custom_object_for_all_namespaces``
once was) fails here, whichever part of the table it belongs to.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from k8s_lint.kinds import DICT_SCOPES, LIST_METHODS

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


@pytest.mark.parametrize("module", CLIENTS)
def test_every_list_method_is_recognised_or_excluded(module: str) -> None:
    methods = list_methods(importlib.import_module(module))
    assert len(methods) > 100
    unknown = sorted(m for m in methods if m not in LIST_METHODS and m not in EXCLUDED)
    assert unknown == [], f"{module}: list methods k8s-lint neither knows nor excludes"


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


def test_removing_a_method_from_the_table_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: without one method, it is reported."""
    monkeypatch.delitem(LIST_METHODS, "list_custom_object_for_all_namespaces")
    with pytest.raises(AssertionError, match="list_custom_object_for_all_namespaces"):
        test_every_list_method_is_recognised_or_excluded("kubernetes.client")
