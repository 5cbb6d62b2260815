"""``k8s-lint check`` / ``fix`` / ``rule``: output, exit codes, and bad input."""

from __future__ import annotations

import ast
import fcntl
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from command import k8s_lint
from corpus_cases import CLEAN, FIXED, UNFIXED, UNSAFE, clean, fixed, unfixed, unsafe

from k8s_lint.name_types import defines_loose_str

LOOKUP = fixed("any")
UNSAFE_LOOKUP = unsafe("per_item_logging")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "b.py").write_text(LOOKUP.before)
    (tmp_path / "a.py").write_text(unfixed("watch_true_declined").code)
    (tmp_path / "clean.py").write_text(clean("prefix").code)
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "vendored.py").write_text(LOOKUP.before)
    return tmp_path


def test_check_reports_sorted_findings_and_exits_1(tree: Path) -> None:
    result = k8s_lint("check", ".", cwd=tree)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("a.py:2:12: KUB001 list_namespaced_job() searched by name")
    assert "(not fixed: watch=True streams changes" in lines[0]
    assert lines[1].startswith(f"pkg{os.sep}b.py:2:49: KUB001 ")
    assert len(lines) == 2
    assert result.stderr.splitlines() == ["Found 2 findings.", "[*] 1 fixable with `k8s-lint fix`."]
    assert ".venv" not in result.stdout, "virtual environments are excluded"


def test_check_clean_exits_0(tree: Path) -> None:
    result = k8s_lint("check", "clean.py", cwd=tree)
    assert (result.returncode, result.stdout) == (0, "")


def test_exit_zero(tree: Path) -> None:
    assert k8s_lint("check", "--exit-zero", ".", cwd=tree).returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--jobs", "many", "."),
        ("lint", "."),
        ("check", "--no-such-flag", "."),
        ("rule", "KUB999"),
        ("check", "--select", "XYZ1", "."),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], tree: Path) -> None:
    result = k8s_lint(*args, cwd=tree)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_missing_path_is_an_error_but_the_rest_is_checked(tree: Path) -> None:
    result = k8s_lint("check", "nope.py", "pkg", cwd=tree)
    assert result.returncode == 2
    assert "error: nope.py: no such file or directory" in result.stderr
    assert "KUB001" in result.stdout


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"def f(:\n    batch.list_namespaced_job(ns)\n", "cannot parse: line 1"),
        (b"x = '\xff'  # list_namespaced_job\n", "cannot decode"),
        (b"# -*- coding: klingon -*-\nbatch.list_namespaced_job(ns)\n", "cannot decode"),
    ],
    ids=["syntax-error", "invalid-utf8", "unknown-coding"],
)
@pytest.mark.parametrize("command", ["check", "fix"])
def test_bad_file_is_reported_left_alone_and_the_run_goes_on(
    tree: Path, content: bytes, reason: str, command: str
) -> None:
    bad = tree / "bad.py"
    bad.write_bytes(content)
    result = k8s_lint(command, ".", cwd=tree)
    assert result.returncode == 2
    assert f"error: bad.py: {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content
    if command == "fix":
        assert (tree / "pkg" / "b.py").read_text() == LOOKUP.after
    else:
        assert "KUB001" in result.stdout


def test_fix_rewrites_in_place_and_reports(tree: Path) -> None:
    target = tree / "pkg" / "b.py"
    target.chmod(0o640)
    result = k8s_lint("fix", ".", cwd=tree)
    assert result.returncode == 1, "the label_selector finding remains"
    assert target.read_text() == LOOKUP.after
    assert target.stat().st_mode & 0o777 == 0o640, "file mode kept"
    assert (tree / "a.py").read_text() == unfixed("watch_true_declined").code
    assert (tree / ".venv" / "vendored.py").read_text() == LOOKUP.before
    assert "Scanned 3 files. Fixed 1 finding in 1 file; 1 left." in result.stderr
    assert "1  not fixed: watch=True streams changes" in result.stderr
    assert "need the `get` verb" in result.stderr and "jobs.batch" in result.stderr
    assert result.stdout.startswith("a.py:2:12: KUB001")
    assert not list(tree.rglob("*.k8s-lint")), "no temporary files left behind"


def test_fix_exits_0_when_everything_is_fixed(tmp_path: Path) -> None:
    (tmp_path / "b.py").write_text(LOOKUP.before)
    assert k8s_lint("fix", tmp_path).returncode == 0
    assert k8s_lint("check", tmp_path).returncode == 0


def test_diff_writes_nothing_and_exits_1(tree: Path) -> None:
    result = k8s_lint("fix", "--diff", "pkg", cwd=tree)
    assert result.returncode == 1
    assert (tree / "pkg" / "b.py").read_text() == LOOKUP.before
    assert result.stdout.startswith(f"--- a/pkg{os.sep}b.py\n+++ b/pkg{os.sep}b.py\n")
    assert "+from k8s_lint.runtime import exists\n" in result.stdout
    assert "Would fix 1 finding in 1 file" in result.stderr


def test_diff_on_clean_code_exits_0(tree: Path) -> None:
    result = k8s_lint("fix", "--diff", "clean.py", cwd=tree)
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize(
    ("encoded", "codec"),
    [
        ("# -*- coding: latin-1 -*-\n# café\n", "latin-1"),
        ("\ufeff# BOM\n", "utf-8"),
    ],
    ids=["latin-1-cookie", "utf-8-bom"],
)
def test_fix_keeps_encoding(tmp_path: Path, encoded: str, codec: str) -> None:
    path = tmp_path / "enc.py"
    path.write_bytes((encoded + LOOKUP.before).encode(codec))
    assert k8s_lint("fix", path).returncode == 0
    data = path.read_bytes()
    assert data.startswith(encoded.encode(codec))
    assert data.endswith(LOOKUP.after.split("\n\n\n", 1)[1].encode(codec))


def test_only_changed_files_are_written(tree: Path) -> None:
    untouched = tree / "clean.py"
    before = untouched.stat().st_mtime_ns
    os.utime(untouched, ns=(before - 10**9, before - 10**9))
    k8s_lint("fix", ".", cwd=tree)
    assert untouched.stat().st_mtime_ns == before - 10**9


def test_rule_prints_the_docs() -> None:
    result = k8s_lint("rule", "kub001")
    assert result.returncode == 0
    for heading in ("## What it does", "## Why is this bad?", "## Example", "Use instead:",
                    "## Fix safety"):  # fmt: skip
        assert heading in result.stdout
    assert k8s_lint("rule", "--all").stdout.startswith("# list-searched-by-name (KUB001)")


def test_unsafe_fixes_only_on_request(tmp_path: Path) -> None:
    case = UNSAFE_LOOKUP
    path = tmp_path / "unsafe.py"
    path.write_text(case.before)
    checked = k8s_lint("check", path)
    assert "(unsafe fix, with --unsafe-fixes:" in checked.stdout
    assert "[*] 0 fixable with `k8s-lint fix` (1 more with --unsafe-fixes)." in checked.stderr
    assert k8s_lint("fix", path).returncode == 1
    assert path.read_text() == case.before
    assert k8s_lint("fix", "--unsafe-fixes", path).returncode == 0
    assert path.read_text() == case.after


def test_json_output_states_applicability_and_edits(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(LOOKUP.before)
    (tmp_path / "b.py").write_text(UNSAFE_LOOKUP.before)
    (tmp_path / "c.py").write_text(unfixed("watch_true_declined").code)
    result = k8s_lint("check", "--output-format", "json", ".", cwd=tmp_path)
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert [i["filename"] for i in items] == ["a.py", "b.py", "c.py"]
    safe, unsafe, none = items
    assert safe["fix"]["applicability"] == "safe" and safe["not_fixed"] is None
    assert safe["location"] == {"row": 2, "column": 49}
    assert safe["fix"]["rbac_get"] == ["jobs.batch"]
    assert unsafe["fix"]["applicability"] == "unsafe" and unsafe["fix"]["caveat"]
    assert none["fix"] is None and "watch=True" in none["not_fixed"]
    for item in items:
        assert {"code", "name", "message", "end_location"} <= item.keys()


def test_after_fix_every_finding_left_says_why(tmp_path: Path) -> None:
    """examples/ plus every test input: fix, then check: what is left
    explains itself (not fixed: ..., or an unsafe fix and its caveat)."""

    # A case defining a str type with its own __eq__ makes every fix of the
    # run it is in unsafe (tests/test_project_index.py): each runs alone.
    def alone(code: str) -> bool:
        return defines_loose_str(ast.parse(code))

    main = tmp_path / "main"
    shutil.copytree(Path(__file__).parent.parent / "examples", main / "examples")
    fixable = [c.before for c in [*FIXED, *UNSAFE]]
    others = [c.code for c in [*UNFIXED, *CLEAN]]
    for index, code in enumerate(c for c in fixable if not alone(c)):
        (main / f"case_{index}.py").write_text(code)
    for index, code in enumerate(c for c in others if not alone(c)):
        (main / f"other_{index}.py").write_text(code)
    runs = [main]
    for index, code in enumerate(c for c in [*fixable, *others] if alone(c)):
        runs.append(tmp_path / f"alone_{index}")
        runs[-1].mkdir()
        (runs[-1] / "case.py").write_text(code)
    assert len(runs) > 1, "the corpus has a case defining such a type"
    left = []
    for folder in runs:
        k8s_lint("fix", ".", cwd=folder)
        left += k8s_lint("check", ".", cwd=folder).stdout.splitlines()
    assert len(left) == len(UNFIXED) + len(UNSAFE)
    assert all("(not fixed: " in line or "(unsafe fix, with " in line for line in left)


def test_a_progress_bar_shows_on_a_terminal_only(tree: Path) -> None:
    """tqdm draws on a terminal's stderr; piped (CI, pre-commit) stderr gets none."""
    main, terminal = pty.openpty()
    # A new pty is 0 columns wide, and tqdm draws nothing in no columns.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    with subprocess.Popen(
        [sys.executable, "-m", "k8s_lint", "check", "."],
        cwd=tree,
        stdout=subprocess.PIPE,
        stderr=terminal,
    ) as process:
        os.close(terminal)
        process.communicate(timeout=60)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal is gone: everything was read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    assert b"file/s" in drawn or b"s/file" in drawn, drawn
    assert "file/s" not in k8s_lint("check", ".", cwd=tree).stderr
