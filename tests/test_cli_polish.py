"""The command line without surprises (issue 13): report files, vendor-helper,
symlinks, exit statuses of fix --check/--diff, broken pipes, diffs that
apply, duplicate paths, statistics, rule names, the clean summary,
--exit-zero for fix, per-file progress and check --add-noqa."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from command import k8s_lint

from k8s_lint import run as run_module
from k8s_lint.config import Config
from k8s_lint.run import Job, Mode, run

# Inline samples (not the case modules): one safe fix, one finding left.
FIXABLE = """\
def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
"""
LEFT = """\
def lookup(batch, namespace, name):
    jobs = batch.list_namespaced_job(namespace, watch=True).items
    return any(j.metadata.name == name for j in jobs)
"""
CLEAN = "def double(x):\n    return 2 * x\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "jobs.py").write_text(FIXABLE)
    (tmp_path / "src" / "left.py").write_text(LEFT)
    (tmp_path / "src" / "clean.py").write_text(CLEAN)
    return tmp_path


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    [line] = [x for x in result.stderr.splitlines() if "error: " in x]
    return line


# 3. --output-file


@pytest.mark.parametrize("command", ["check", "rbac"])
def test_output_file_in_a_new_folder_is_created(tree: Path, command: str) -> None:
    report = tree / "reports" / "k8s" / "out.json"
    result = k8s_lint(command, "--output-format", "json", "--output-file", report, "src", cwd=tree)
    assert "Traceback" not in result.stderr
    assert result.returncode == (1 if command == "check" else 0), result.stderr
    assert isinstance(json.loads(report.read_text()), list)


@pytest.mark.parametrize("command", ["check", "rbac"])
def test_output_file_that_is_a_folder_is_one_line_and_exit_2(tree: Path, command: str) -> None:
    (tree / "reports").mkdir()
    result = k8s_lint(command, "--output-file", "reports", "src", cwd=tree)
    assert "reports" in one_line_error(result)


# 4. vendor-helper


def test_vendor_helper_does_not_overwrite_a_file_of_yours(tmp_path: Path) -> None:
    mine = tmp_path / "mine.py"
    mine.write_text("IMPORTANT = 1\n")
    refused = k8s_lint("vendor-helper", "mine.py", cwd=tmp_path)
    assert "--force" in one_line_error(refused)
    assert mine.read_text() == "IMPORTANT = 1\n"
    assert k8s_lint("vendor-helper", "--force", "mine.py", cwd=tmp_path).returncode == 0
    assert mine.read_text().startswith("# Vendored from k8s-lint ")


def test_vendor_helper_refreshes_a_vendored_helper(tmp_path: Path) -> None:
    helper = tmp_path / "k8s_read.py"
    assert k8s_lint("vendor-helper", helper).returncode == 0
    fresh = helper.read_text()
    helper.write_text(fresh.replace("k8s-lint ", "k8s-lint 0.0.1 was ", 1))
    assert k8s_lint("vendor-helper", helper).returncode == 0
    assert helper.read_text() == fresh


# 4b. symlinks


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_fix_writes_through_a_symlink_and_fixes_a_file_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "src").mkdir()
    target = tmp_path / "real" / "jobs.py"
    target.write_text(FIXABLE)
    link = tmp_path / "src" / "jobs.py"
    link.symlink_to(Path("..") / "real" / "jobs.py")
    result = k8s_lint("fix", "src", "real", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "real", "jobs.py")
    assert "import exists" in target.read_text()
    assert "Scanned 1 file. Fixed 1 finding in 1 file; 0 left." in result.stderr
    assert sorted(p.name for p in (tmp_path / "src").iterdir()) == ["jobs.py"]
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["jobs.py"]


# 5. fix --check / --diff mean "would change"


@pytest.mark.parametrize("option", ["--check", "--diff"])
def test_fix_check_and_diff_exit_on_would_change_only(tree: Path, option: str) -> None:
    nothing_to_change = k8s_lint("fix", option, "src/left.py", "src/clean.py", cwd=tree)
    assert nothing_to_change.returncode == 0, nothing_to_change.stderr
    assert "1 left" in nothing_to_change.stderr
    assert k8s_lint("fix", option, "src", cwd=tree).returncode == 1
    assert k8s_lint("check", "src/left.py", cwd=tree).returncode == 1, "findings are check's"


def test_help_states_the_exit_statuses() -> None:
    text = " ".join(k8s_lint("fix", "--help").stdout.split())
    assert "exit 1 if anything would change, else 0" in text


# 13. broken pipes


@pytest.mark.parametrize(
    "args", [("fix", "--diff", "."), ("rule", "--all"), ("check", "."), ("rule", "KUB001")]
)
@pytest.mark.parametrize("reader", ["closes at once", "reads one line, then closes"])
def test_a_closed_pipe_changes_neither_the_exit_code_nor_stderr(
    tree: Path, args: tuple[str, ...], reader: str
) -> None:
    """However early the reader (`| head -1`) goes away, the run ends as it
    would have with every line read: same exit code, no traceback."""
    for index in range(40):  # output well past a pipe's buffer
        (tree / "src" / f"copy_{index}.py").write_text(FIXABLE)
    read_in_full = k8s_lint(*args, cwd=tree)
    process = subprocess.Popen(
        [sys.executable, "-m", "k8s_lint", *args],
        cwd=tree,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    if reader != "closes at once":
        assert process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == read_in_full.returncode
    assert stderr == read_in_full.stderr
    if args[0] != "rule":
        assert read_in_full.returncode == 1, "the run's own verdict: something to fix"


# 14. diffs that apply; one diff per file


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + FIXABLE.encode(),
        FIXABLE.encode().rstrip(b"\n"),
        FIXABLE.replace("\n", "\r\n").encode(),
        b"# -*- coding: latin-1 -*-\n# caf\xe9\n" + FIXABLE.encode(),
    ],
    ids=["bom", "no-final-newline", "crlf", "latin-1"],
)
def test_the_diff_applies_with_git_apply(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "jobs.py"
    path.write_bytes(data)
    assert git("init", "-q", cwd=tmp_path).returncode == 0
    diff = subprocess.run(
        [sys.executable, "-m", "k8s_lint", "fix", "--diff", "jobs.py"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert diff.returncode == 1, diff.stderr
    (tmp_path / "fix.patch").write_bytes(diff.stdout)
    applied = git("apply", "fix.patch", cwd=tmp_path)
    assert applied.returncode == 0, applied.stderr
    via_diff = path.read_bytes()
    path.write_bytes(data)
    assert k8s_lint("fix", "jobs.py", cwd=tmp_path).returncode == 0
    assert via_diff == path.read_bytes() != data


def test_diff_and_a_json_report_never_share_stdout(tree: Path) -> None:
    refused = k8s_lint("fix", "--diff", "--output-format", "json", "src", cwd=tree)
    assert "--output-file" in one_line_error(refused) and refused.stdout == ""
    report = tree / "left.json"
    args = ("--diff", "--output-format", "json", "--output-file", report, "src")
    result = k8s_lint("fix", *args, cwd=tree)
    assert result.returncode == 1 and result.stdout.startswith("--- a/src/jobs.py\n")
    assert [i["filename"] for i in json.loads(report.read_text())] == ["src/left.py"]


def test_diff_stdout_holds_only_the_diff(tree: Path) -> None:
    result = k8s_lint("fix", "--diff", "src", cwd=tree)
    assert result.returncode == 1
    assert "left.py" not in result.stdout, "findings left are the summary's (stderr)"
    assert "1 left" in result.stderr


@pytest.mark.parametrize(
    "paths", [("src/jobs.py", "src/jobs.py"), (".", "src/jobs.py"), ("src", "./src/../src")]
)
def test_a_file_named_twice_is_reported_once(tree: Path, paths: tuple[str, ...]) -> None:
    checked = k8s_lint("check", *paths, cwd=tree)
    assert checked.stdout.count("src/jobs.py:2:49: KUB001") == 1, checked.stdout
    diffed = k8s_lint("fix", "--diff", *paths, cwd=tree)
    assert diffed.stdout.count("--- a/") == 1, diffed.stdout


# 15. statistics as JSON


@pytest.mark.parametrize("output_format", ["json", "json-lines"])
def test_statistics_in_json(tree: Path, output_format: str) -> None:
    result = k8s_lint("check", "--statistics", "--output-format", output_format, "src", cwd=tree)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    items = json.loads(result.stdout) if output_format == "json" else list(map(json.loads, lines))
    assert items == [
        {
            "code": "KUB001",
            "name": "list-searched-by-name",
            "count": 2,
            "fixable": True,
            "fixable_count": 1,
        }
    ]


# 16. rule


def test_rule_without_a_code_is_a_usage_error() -> None:
    result = k8s_lint("rule")
    assert result.returncode == 2 and "None" not in result.stderr
    assert "--all" in result.stderr


def test_rule_accepts_a_name() -> None:
    by_name = k8s_lint("rule", "list-searched-by-name")
    assert by_name.returncode == 0
    assert by_name.stdout == k8s_lint("rule", "KUB001").stdout


# 17. the clean summary


def test_a_clean_check_says_so_on_stderr(tree: Path) -> None:
    result = k8s_lint("check", "src/clean.py", cwd=tree)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "All checks passed! (1 file checked)\n"
    machine = k8s_lint("check", "--output-format", "json", "src/clean.py", cwd=tree)
    assert json.loads(machine.stdout) == [] and "All checks passed!" in machine.stderr
    stdin = k8s_lint("check", "-", stdin=CLEAN, cwd=tree)
    assert stdin.stderr == "All checks passed! (1 file checked)\n"


def test_a_clean_check_with_errors_does_not_pass(tree: Path) -> None:
    result = k8s_lint("check", "src/clean.py", "nope.py", cwd=tree)
    assert result.returncode == 2 and "All checks passed" not in result.stderr


# 18. fix --exit-zero, rbac --help


def test_fix_exit_zero(tree: Path) -> None:
    result = k8s_lint("fix", "--exit-zero", "src", cwd=tree)
    assert result.returncode == 0 and "1 left" in result.stderr
    assert "import exists" in (tree / "src" / "jobs.py").read_text()
    assert k8s_lint("fix", "src", cwd=tree).returncode == 1


def test_rbac_help_documents_path_and_output_format() -> None:
    text = " ".join(k8s_lint("rbac", "--help").stdout.split())
    assert "PATH" in text and "manifests" in text
    assert "--output-format {concise," in text and "how to print" in text


# 19. progress per file


class Recorder:
    def __init__(self) -> None:
        self.n = 0

    def update(self, n: int = 1) -> None:
        self.n += n

    def close(self) -> None:
        pass


def test_progress_advances_per_file_while_a_slow_file_holds_the_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Results come back in order, so a slow first file holds them all; the
    bar counts the files done, whatever their order."""
    slow = tmp_path / "a_slow.py"
    body = "".join(FIXABLE.replace("def lookup", f"def lookup_{i}") for i in range(2500))
    slow.write_text(body)
    files = [slow]
    for index in range(300):
        path = tmp_path / f"b_{index}.py"
        path.write_text(CLEAN)
        files.append(path)
    recorder = Recorder()
    monkeypatch.setattr(run_module, "progress_bar", lambda total: recorder)
    outcomes = run(Job(Mode.CHECK, Config(), False), files, 2)
    first = next(outcomes)
    seen_at_first = recorder.n
    rest = list(outcomes)
    assert first.path == slow and len(first.findings) == 2500 and len(rest) == 300
    assert seen_at_first >= 150, seen_at_first
    assert recorder.n == len(files)


# 21. check --add-noqa


def add_noqa(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "a.py"
    path.write_bytes(text.encode())
    result = k8s_lint("check", "--add-noqa", "a.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return path.read_bytes().decode(), result.stderr


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            FIXABLE,
            FIXABLE.replace(".items)\n", ".items)  # noqa: KUB001\n"),
        ),
        (
            "def f(batch, ns, name):\n    found = any(\n"
            "        j.metadata.name == name for j in batch.list_namespaced_job(ns).items\n"
            "    )\n    return found\n",
            "def f(batch, ns, name):\n    found = any(  # noqa: KUB001\n"
            "        j.metadata.name == name for j in batch.list_namespaced_job(ns).items\n"
            "    )\n    return found\n",
        ),
        (
            FIXABLE.replace(".items)\n", ".items)  # noqa: E501\n"),
            FIXABLE.replace(".items)\n", ".items)  # noqa: E501, KUB001\n"),
        ),
        (
            FIXABLE.replace(".items)\n", ".items)  # the slow way   \n"),
            FIXABLE.replace(".items)\n", ".items)  # the slow way  # noqa: KUB001\n"),
        ),
        (
            FIXABLE.replace("\n", "\r\n"),
            FIXABLE.replace(".items)\n", ".items)  # noqa: KUB001\n").replace("\n", "\r\n"),
        ),
        (
            "def f(batch, ns, name):\n    return name in \\\n"
            "        [j.metadata.name for j in batch.list_namespaced_job(ns).items]\n",
            "def f(batch, ns, name):\n    return name in \\\n"
            "        [j.metadata.name for j in batch.list_namespaced_job(ns).items]"
            "  # noqa: KUB001\n",
        ),
    ],
    ids=["plain", "multi-line", "merged", "after-a-comment", "crlf", "backslash"],
)
def test_add_noqa_marks_each_finding_once(tmp_path: Path, before: str, after: str) -> None:
    text, stderr = add_noqa(tmp_path, before)
    assert text == after
    assert "Added 1 noqa directive." in stderr
    again, stderr = add_noqa(tmp_path, text)
    assert again == after and "Added 0 noqa directives." in stderr
    assert k8s_lint("check", "a.py", cwd=tmp_path).returncode == 0


def test_add_noqa_counts_lines_and_merges_codes(tmp_path: Path) -> None:
    two = FIXABLE + "\n\n" + LEFT.replace("def lookup", "def other")
    text, stderr = add_noqa(tmp_path, two)
    assert text.count("# noqa: KUB001") == 2 and "Added 2 noqa directives." in stderr
    assert not list(tmp_path.glob("*.k8s-lint")) and not list(tmp_path.glob(".a.py.*"))


def test_add_noqa_with_a_fix_option_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(FIXABLE)
    result = k8s_lint("check", "--add-noqa", "--fix", "a.py", cwd=tmp_path)
    assert result.returncode == 2 and (tmp_path / "a.py").read_text() == FIXABLE


def test_noqa_codes_are_flake8_codes(tmp_path: Path) -> None:
    """`# noqa: KUB002` names another rule: KUB001 is still reported."""
    (tmp_path / "a.py").write_text(FIXABLE.replace(".items)\n", ".items)  # noqa: KUB002\n"))
    assert k8s_lint("check", "a.py", cwd=tmp_path).returncode == 1


def test_a_safe_fix_left_unapplied_is_not_called_unsafe() -> None:
    """A safe fix is left only where it was dropped (it would not compile):
    the summary says so, not "unsafe fix left: None"."""
    from k8s_lint.cli import _why
    from k8s_lint.engine import lint_text

    [finding] = lint_text(
        "def f(api, ns, n):\n"
        "    return any(j.metadata.name == n for j in api.list_namespaced_job(ns).items)\n"
    )
    assert finding.fix is not None and not finding.unsafe
    assert _why(finding) == (
        "not fixed: the fix would not compile (an internal error, reported above)"
    )


# 22. a bug of ours in one file


def test_an_internal_error_in_one_file_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An exception the analysis raises for one file becomes that file's
    error (path, reason, exit 2), the file untouched; the other files are
    checked as ever."""
    from k8s_lint import run as run_module
    from k8s_lint.cli import main

    real = run_module.lint_text

    def failing(text: str, filename: str, *args: object) -> object:
        if filename.endswith("bad.py"):
            raise KeyError("get")
        return real(text, filename, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(run_module, "lint_text", failing)
    (tmp_path / "bad.py").write_text(FIXABLE)
    (tmp_path / "good.py").write_text(FIXABLE)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "bad.py", "good.py"]) == 2
    assert (tmp_path / "bad.py").read_text() == FIXABLE
    out, err = capsys.readouterr()
    assert "good.py:2:" in out and " KUB001 " in out
    assert "error: bad.py: internal error: KeyError: 'get'" in err
