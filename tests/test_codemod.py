"""The libcst codemod command: same rewrite as ``k8s-lint fix``, both ways of running it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_cases import FIXED, Fixed, clean, fixed, unfixed
from k8s_lint.codemods.read_by_name import ReadByNameCommand
from libcst.codemod import CodemodTest

ROOT = Path(__file__).parent.parent


class TestReadByNameCommand(CodemodTest):
    TRANSFORM = ReadByNameCommand

    def test_rewrites_the_loop(self) -> None:
        """The DolphinScheduler loop becomes exists(), import added."""
        case = fixed("loop_true_false")
        self.assertCodemod(case.before, case.after)

    def test_skips_files_with_nothing_to_fix(self) -> None:
        """A file with no lookup is skipped, not rewritten."""
        self.assertCodemod(clean("set_of_jobs").code, clean("set_of_jobs").code, expected_skip=True)

    def test_warns_about_findings_it_cannot_fix(self) -> None:
        """An unfixable finding is reported as a warning with its reason."""
        case = unfixed("watch_true_declined")
        self.assertCodemod(
            case.code,
            case.code,
            expected_skip=True,
            expected_warnings=[
                "2:12: KUB001 list_namespaced_job() searched by name downloads every Job "
                "in the namespace; read it with read_namespaced_job() (not fixed: "
                "watch=True streams changes instead of listing)"
            ],
        )


@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.id)
def test_codemod_equals_fix(case: Fixed) -> None:
    TestReadByNameCommand().assertCodemod(case.before, case.after)


def test_libcst_tool_runs_the_command(tmp_path: Path) -> None:
    """``python -m libcst.tool codemod`` finds the command through .libcst.codemod.yaml."""
    shutil.copy(ROOT / ".libcst.codemod.yaml", tmp_path)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    fixed = subprocess.run(
        [sys.executable, "-m", "k8s_lint", "fix", "--diff", "examples"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout
    result = subprocess.run(
        [
            sys.executable, "-m", "libcst.tool", "codemod", "--no-format",
            "read_by_name.ReadByNameCommand", "examples",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Failed to codemod 0 files" in result.stderr
    diff = subprocess.run(
        ["git", "diff", "--no-index", ROOT / "examples", tmp_path / "examples"],
        capture_output=True,
        text=True,
    ).stdout
    assert changed_lines(diff) == changed_lines(fixed) != []


def changed_lines(diff: str) -> list[str]:
    return [
        line
        for line in diff.splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
