"""The bundled examples: flake8 finds every lookup and nothing else; after
``k8s-lint fix`` flake8 is clean and every function behaves as before."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fake_api import NAMESPACE, STATES, TARGET, FakeApi, State, same_outcome

from k8s_lint.kinds import LIST_METHODS

EXAMPLES = Path(__file__).parent.parent / "examples"
# Functions in the examples that use the list for real: never flagged.
NOT_LOOKUPS = {"finished_jobs", "pod_count"}


def flake8(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", str(path)], capture_output=True, text=True
    )


def lookup_calls(path: Path) -> list[tuple[str, int, int]]:
    """(file, line, column) of every list call outside NOT_LOOKUPS."""
    found = []
    for file in sorted(path.glob("*.py")):
        tree = ast.parse(file.read_text())
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name in NOT_LOOKUPS:
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in LIST_METHODS:
                    found.append((file.name, node.lineno, node.col_offset + 1))
    return found


@pytest.fixture(scope="module")
def fixed_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("fixed") / "examples"
    shutil.copytree(EXAMPLES, copy)
    result = subprocess.run(
        [sys.executable, "-m", "k8s_lint", "fix", str(copy)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def test_flake8_reports_every_lookup_and_nothing_else() -> None:
    result = flake8(EXAMPLES)
    reported = sorted(
        (Path(path).name, int(line), int(col))
        for path, line, col, _ in (r.split(":", 3) for r in result.stdout.splitlines())
    )
    assert all(" KUB0" in r for r in result.stdout.splitlines()), result.stdout
    assert reported == sorted(lookup_calls(EXAMPLES))
    assert len(reported) >= 10


def test_fixed_examples_are_flake8_clean(fixed_examples: Path) -> None:
    result = flake8(fixed_examples)
    assert (result.returncode, result.stdout) == (0, "")


def load(path: Path, prefix: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{prefix}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def example_functions() -> list[tuple[str, str]]:
    """(module, function) for each lookup function of the examples."""
    result = []
    for file in sorted(EXAMPLES.glob("*.py")):
        module = load(file, "listing")
        for name, member in inspect.getmembers(module):
            if inspect.isfunction(member) and member.__module__ == module.__name__:
                result.append((file.name, name))
            if inspect.isclass(member) and member.__module__ == module.__name__:
                result.extend(
                    (file.name, f"{name}.{m}")
                    for m, _ in inspect.getmembers(member, inspect.isfunction)
                    if m.startswith("job_")
                )
    return result


def bound(module: ModuleType, qualified: str) -> Any:
    """A function of (api, namespace, name) calling the example."""
    if "." in qualified:
        cls, method = qualified.split(".")
        return lambda api, *args: getattr(getattr(module, cls)(api), method)(*args)
    return getattr(module, qualified)


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize(("file", "function"), example_functions())
def test_fixed_examples_behave_the_same(
    fixed_examples: Path, file: str, function: str, state: State
) -> None:
    before = bound(load(EXAMPLES / file, "listing"), function)
    after = bound(load(fixed_examples / file, "reading"), function)
    api: FakeApi = same_outcome(before, after, state, NAMESPACE, TARGET)
    if function.split(".")[-1] in NOT_LOOKUPS:
        return
    for verb, kwargs in api.calls:  # a read, or a list narrowed to the name
        assert verb == "read" or "metadata.name=" in kwargs.get("field_selector", "")
