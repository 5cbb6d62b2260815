"""The benchmark scripts still run (a tiny configuration; figures are the
scripts' business, never a test's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def test_runtime_overhead_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "runtime_overhead.py"), "--calls", "100"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "exists(), no observer" in result.stdout


def run(*args: str) -> str:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("client", ["sync", "async"])
def test_runtime_savings_runs(client: str) -> None:
    script = str(ROOT / "benchmarks" / "runtime_savings.py")
    out = run(script, "--sizes", "3", "--repeat", "1", "--client", client)
    assert out.startswith("| Jobs |") and "\n| 3 |" in out


def test_lint_cost_runs() -> None:
    out = run(
        str(ROOT / "benchmarks" / "lint_cost.py"),
        "--files", "20", "--client-fraction", "0.2", "--repeat", "1", "--codemod-files", "5",
        "--per-file",
    )  # fmt: skip
    assert "flake8 plugin overhead" in out and "k8s-lint check / ruff check" in out
    assert "transformed" in out and "per file, in-process" in out


def test_corpus_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        run(str(ROOT / "benchmarks" / "corpus.py"), str(tmp_path / name), "--files", "30")
    a = sorted(p.read_text() for p in (tmp_path / "a").rglob("*.py"))
    b = sorted(p.read_text() for p in (tmp_path / "b").rglob("*.py"))
    assert a == b and len(a) == 30
    assert all(150 <= text.count("\n") <= 460 for text in a)


def test_plot_reads_the_lint_table() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from plot_lint import rows
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    table = "title\n| command | seconds | vs |\n| --- | ---: | ---: |\n| ruff | 1.45 | 1.15x |\n"
    assert rows(table) == [("ruff", 1.45)]


def test_generated_space_runs(tmp_path: Path) -> None:
    out = tmp_path / "space.md"
    run(
        str(ROOT / "benchmarks" / "generated_space.py"),
        "--sample", "5", "--jobs", "1", "--output", str(out),
    )  # fmt: skip
    text = out.read_text()
    assert "| **lookups flagged** |" in text and "| trap | swallow |" in text
    assert "## Why lookups were not fixed" in text


def test_metamorphic_runs(tmp_path: Path) -> None:
    report = tmp_path / "metamorphic.md"
    out = run(
        str(ROOT / "benchmarks" / "metamorphic.py"),
        "--cases", "any,label_filter", "--singles", "--jobs", "1", "--out", str(report),
    )  # fmt: skip
    assert "safe fixes that changed behaviour: 0" in out
    text = report.read_text()
    assert "| extract-local | 2 | 0 | 1 |" in text and "## Traps that got a safe fix" in text
