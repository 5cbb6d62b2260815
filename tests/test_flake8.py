"""The flake8 plugin with the real flake8: registration, noqa, parity, safety."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_cases import CASES, CLEAN, fixed

from k8s_lint import flake8_plugin
from k8s_lint.engine import lint_text


def flake8(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--select=KUB", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


# The cases whose findings are as labelled (not a known miss).
LABELLED = [c for c in CASES if c.known_miss is None]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for case in LABELLED:
        (root / f"{case.group}_{case.id}.py").write_text(case.source, newline="")
    return root


def test_flake8_reports_what_the_engine_reports(corpus: Path) -> None:
    """Parity: same lines, columns and messages as k8s-lint check, noqa included."""
    result = flake8(".", cwd=corpus)
    assert result.returncode == 1, result.stderr
    expected = []
    for path in sorted(corpus.iterdir()):
        for f in lint_text(path.read_text()):
            expected.append(f"./{path.name}:{f.line}:{f.column + 1}: {f.rule.code} {f.message}")
    assert sorted(result.stdout.splitlines()) == sorted(expected)
    assert len(expected) == sum(len(c.expect) for c in LABELLED)


def test_noqa_is_honoured_by_flake8(tmp_path: Path) -> None:
    for case in CLEAN:
        if "noqa" in case.id:
            path = tmp_path / "noqa.py"
            path.write_text(case.code)
            assert flake8(path).stdout == "", case.proves


def test_broken_file_does_not_abort_flake8(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text("def f(:\n    batch.list_namespaced_job(ns)\n")
    (tmp_path / "good.py").write_text(fixed("any").before)
    result = flake8(tmp_path, "--select=KUB,E999")
    assert "Traceback" not in result.stderr
    assert "E999" in result.stdout and "KUB001" in result.stdout


def test_files_without_a_list_call_are_never_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise AssertionError("analysed a file that cannot match")

    monkeypatch.setattr(flake8_plugin, "analyze", boom)
    code = "import os\nprint(os.listdir('.'))\n"
    assert list(flake8_plugin.Plugin(ast.parse(code), code.splitlines(True)).run()) == []


def test_an_internal_error_yields_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> None:
        raise RecursionError("deep")

    monkeypatch.setattr(flake8_plugin, "analyze", boom)
    code = fixed("any").before
    assert list(flake8_plugin.Plugin(ast.parse(code), code.splitlines(True)).run()) == []
