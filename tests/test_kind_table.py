"""The kind table is generated from the installed client and covers it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from k8s_lint.kind_table import KINDS
from k8s_lint.kinds import ALL_NAMESPACES, CLUSTER, LIST_METHODS, NAMESPACED

SCRIPT = Path(__file__).parent.parent / "scripts" / "generate_kind_table.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_kind_table", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_table_matches_the_installed_client() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_a_client_release_that_changes_no_kind_keeps_the_table_current(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the kinds count: another version string in the header is no staleness."""
    generator = _generator()
    monkeypatch.setattr(generator.kubernetes, "__version__", "999.0.0")
    monkeypatch.setattr(sys, "argv", [str(SCRIPT), "--check"])
    assert generator.main() == 0


def test_a_client_release_that_adds_a_kind_makes_the_table_stale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The signal to regenerate: a list method the table does not hold."""
    generator = _generator()
    extra = ("list_widget", "read_widget", "Widget", "widgets", ("example.com",), "cluster", ())
    real = generator.rows
    monkeypatch.setattr(generator, "rows", lambda: sorted([*real(), extra]))
    monkeypatch.setattr(sys, "argv", [str(SCRIPT), "--check"])
    assert generator.main() == 1
    assert "list_widget" in capsys.readouterr().err


def test_table_covers_every_list_and_read_pair_of_the_client() -> None:
    """Independently of the generator: every list_* method of every API class
    whose read_* twin exists is in the table, with that read."""
    import kubernetes.client

    expected = set()
    for name in dir(kubernetes.client):
        api = getattr(kubernetes.client, name)
        if not (isinstance(api, type) and name.endswith("Api") and name != "ApiClient"):
            continue
        for method in dir(api):
            if not method.startswith("list_") or "custom_object" in method:
                continue
            if method.endswith(("_with_http_info", "_without_preload_content")):
                continue
            if method.startswith("list_namespaced_"):
                read = "read_namespaced_" + method.removeprefix("list_namespaced_")
            elif method.endswith("_for_all_namespaces"):
                kind = method.removeprefix("list_").removesuffix("_for_all_namespaces")
                read = "read_namespaced_" + kind
            else:
                read = "read_" + method.removeprefix("list_")
            if hasattr(api, read):
                expected.add((method, read))
    assert {(row[0], row[1]) for row in KINDS} == expected
    assert len(expected) > 100


def test_scopes_and_well_known_kinds() -> None:
    assert LIST_METHODS["list_namespaced_job"].scope == NAMESPACED
    assert LIST_METHODS["list_namespace"].scope == CLUSTER
    assert LIST_METHODS["list_node"].rbac_resources == ["nodes"]
    assert LIST_METHODS["list_custom_resource_definition"].rbac_resources == [
        "customresourcedefinitions.apiextensions.k8s.io"
    ]
    pods = LIST_METHODS["list_pod_for_all_namespaces"]
    assert (pods.scope, pods.read_method) == (ALL_NAMESPACES, "read_namespaced_pod")
    assert LIST_METHODS["list_namespaced_event"].groups == ("", "events.k8s.io")


def test_generator_is_importable_without_side_effects() -> None:
    assert _generator().rows()[0][0] == KINDS[0][0]
