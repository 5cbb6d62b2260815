"""KUB101 (stale-list-mock) on the fixture projects of tests/stale_mock_rule/
(format in tests/stale_mock_cases.py), and in the workflows that must keep
showing it: check after fix, the pre-commit hook on a test file.

The cases' unmarked lines are the negatives: among them the false alarms of
the finder that matched by method name alone (a mock on an object the
rewritten code never touches, a test of code that still lists).
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import black
import pytest
from command import k8s_lint
from stale_mock_cases import (
    CASES,
    expected_path,
    fix_code,
    kub101,
    markers,
    project_of,
    suites_of,
)

from k8s_lint.config import load
from k8s_lint.engine import fix_text, lint_text
from k8s_lint.run import PARALLEL_THRESHOLD


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_the_marked_mocks_are_reported_once_the_code_reads(case: Path, tmp_path: Path) -> None:
    project = project_of(case, tmp_path)
    tests = suites_of(project)
    assert tests and all(t.read_text().startswith("# proves: ") for t in tests)
    assert kub101(project, tests) == {}, "before the fix the code lists: no mock is stale"
    assert fix_code(project), "the case's code is rewritten"
    found = kub101(project, tests)
    expected = {
        (str(t.relative_to(project)), line): why for t in tests for line, why in markers(t).items()
    }
    assert sorted(found) == sorted(expected)
    for place, why in expected.items():
        finding = found[place]
        if why is None:
            assert finding.fix is not None and finding.unsafe, place
        else:
            assert finding.fix is None and why in (finding.reason or ""), (place, finding.reason)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_the_unsafe_fix_mocks_the_read_and_leaves_only_what_it_could_not_fix(
    case: Path, tmp_path: Path
) -> None:
    project = project_of(case, tmp_path)
    tests = suites_of(project)
    fix_code(project)
    for test in tests:
        marked = markers(test)
        config = replace(load(test), select=("KUB101",))
        result = fix_text(test.read_text(), str(test), True, config, roots=(project,))
        expected = expected_path(case, project, test)
        if any(why is None for why in marked.values()):
            assert result.text == expected.read_text(), test.name
        else:
            assert result.text == test.read_text() and not expected.exists()
        assert _black_rewrites(result.text, config.line_length) <= _black_rewrites(
            test.read_text(), config.line_length
        ), "what the fix writes is laid out as black lays it out"
        left = [f.reason or "" for f in result.remaining]
        not_fixed = [why for why in marked.values() if why is not None]
        # What the fix could not do is left; a second mock of the same list
        # is settled by the read mocked with the first.
        assert all(any(why in reason for why in not_fixed) for reason in left), left
        kept = [why for why in not_fixed if "first mock here" not in why]
        assert all(any(why in reason for reason in left) for why in kept), left
        assert len(left) >= len(kept)


def _black_rewrites(text: str, line_length: int) -> Counter[str]:
    """The lines of ``text`` that black would change."""
    formatted = black.format_str(text, mode=black.Mode(line_length=line_length))
    diff = difflib.ndiff(text.splitlines(), formatted.splitlines())
    return Counter(line[2:] for line in diff if line.startswith("- "))


# The workflows: what a user runs after a migration.

CASE = CASES[[c.name for c in CASES].index("patched_module_client")]
# The migration guide, where "Tests that mocked the list" is.
GUIDE = (Path(__file__).parent.parent / "docs" / "migration.md").read_text()
KUB101_LINE = re.compile(
    r"^(?P<path>\S+):(?P<line>\d+):\d+: KUB101 list_namespaced_job is mocked", re.M
)


def pytest_in(project: Path) -> subprocess.CompletedProcess[str]:
    # -m: the project folder on sys.path, as `python -m pytest` in a project root.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_a_pre_commit_check_of_a_test_fails_after_the_migration_until_its_mocks_are_updated(
    tmp_path: Path,
) -> None:
    """Fix the code; the check hook (and CI's check of tests/) then fails on
    the test on every run, whatever else changed, until the test mocks the
    read; and the unmocked read is what made the test fail."""
    project = project_of(CASE, tmp_path)
    test = project / "tests" / "test_jobs.py"
    marked = sorted(markers(test))
    assert pytest_in(project).returncode == 0, "the tests pass against the list"
    assert k8s_lint("check", "tests/", cwd=project).returncode == 0

    fixed = k8s_lint("fix", "app/", cwd=project)
    assert fixed.returncode == 0, fixed.stderr
    assert pytest_in(project).returncode == 1, "the list's mocks no longer stand in for the read"
    for run in (["--force-exclude", "tests/test_jobs.py"], ["tests/"], ["tests/"]):
        result = k8s_lint("check", *run, cwd=project)
        assert result.returncode == 1, result.stderr
        found = [(m["path"], int(m["line"])) for m in KUB101_LINE.finditer(result.stdout)]
        assert found == [("tests/test_jobs.py", line) for line in marked]

    # The user updates the mocks: the read, a missing job raising the 404.
    text = test.read_text().replace(
        "list_namespaced_job.return_value.items = []",
        "read_namespaced_job.side_effect = ApiException(status=404)",
    )
    test.write_text("from kubernetes.client.rest import ApiException\n" + text)
    updated = k8s_lint("check", "--force-exclude", "tests/test_jobs.py", cwd=project)
    assert updated.returncode == 0 and "All checks passed!" in updated.stderr, updated.stdout
    assert pytest_in(project).returncode == 0


def test_the_unsafe_fix_makes_the_tests_pass_again(tmp_path: Path) -> None:
    project = project_of(CASE, tmp_path)
    assert k8s_lint("fix", "app/", cwd=project).returncode == 0
    assert k8s_lint("fix", "tests/", cwd=project).returncode == 1, "unsafe: not without asking"
    result = k8s_lint("fix", "--unsafe-fixes", "tests/", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "tests" / "test_jobs.py").read_text() == expected_path(
        CASE, project, project / "tests" / "test_jobs.py"
    ).read_text()
    ran = pytest_in(project)
    assert ran.returncode == 0, ran.stdout


@pytest.mark.parametrize("others", [0, PARALLEL_THRESHOLD], ids=["serial", "parallel"])
def test_one_fix_run_over_code_and_tests_judges_the_tests_against_the_fixed_code(
    tmp_path: Path, others: int
) -> None:
    """tests/ comes before web/ in the walk: the run still fixes the code
    before it looks at the tests, serially or in parallel."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "web"\n')
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "jobs.py").write_text(
        "def job_exists(batch, namespace, name):\n"
        "    jobs = batch.list_namespaced_job(namespace).items\n"
        "    return any(j.metadata.name == name for j in jobs)\n"
    )
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_jobs.py").write_text(
        "from unittest.mock import MagicMock\n\nfrom web import jobs\n\n\n"
        "def test_job_exists():\n    batch = MagicMock()\n"
        "    batch.list_namespaced_job.return_value.items = []\n"
        '    assert not jobs.job_exists(batch, "batch", "etl-1")\n'
    )
    for number in range(others):
        (tmp_path / "web" / f"other_{number}.py").write_text("DONE = True\n")
    result = k8s_lint("fix", "--jobs", "2", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("tests/test_jobs.py:8:5: KUB101 list_namespaced_job is mocked")
    assert "read_namespaced_job" in (tmp_path / "web" / "jobs.py").read_text()


def test_the_code_under_test_is_read_inside_the_project_root_only(tmp_path: Path) -> None:
    """Without a project file or .git above the named tests folder, that
    folder is the root: the code beside it is not read, so nothing is said."""
    project = project_of(CASE, tmp_path)
    assert k8s_lint("fix", "app/", cwd=project).returncode == 0
    (project / "pyproject.toml").unlink()
    alone = k8s_lint("check", "tests/", cwd=project)
    assert alone.returncode == 0 and "KUB101" not in alone.stdout
    (project / ".git").mkdir()
    assert k8s_lint("check", "tests/", cwd=project).returncode == 1


def test_a_test_that_names_no_list_costs_a_text_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test file that names no list method is not parsed, and no file of
    the project is read for it: where it patches a dotted target, only
    whether the target's module is a file of the project is looked up (a
    patched project function may have returned a list); where it patches
    none, not even that.  Nor is anything looked up for a file that is not
    a test."""
    import k8s_lint.code_under_test as code_under_test

    looked_up: list[str] = []

    def unreadable(*args: object) -> None:
        raise AssertionError("read a file of the project")

    def lookup(self: object, dotted: str, *args: object) -> None:
        looked_up.append(dotted)

    monkeypatch.setattr(code_under_test, "load", unreadable)
    monkeypatch.setattr(code_under_test.Codebase, "module_file", lookup)
    (tmp_path / "tests").mkdir()
    test = tmp_path / "tests" / "test_x.py"
    plain = "from unittest import mock\n\n\ndef test_x():\n    assert mock.Mock()\n"
    assert lint_text(plain, str(test), roots=(tmp_path,)) == []
    assert looked_up == []
    patching = '@mock.patch("os.getcwd")\ndef test_y(cwd):\n    pass\n'
    assert lint_text(plain + patching, str(test), roots=(tmp_path,)) == []
    assert looked_up == ["os"], "is os a module of the project?"
    assert lint_text(patching + plain, str(test.with_name("test_z.py")), roots=(tmp_path,)) == []
    assert looked_up == ["os"], "answered once for the tests of a folder"
    looked_up.clear()
    listing = patching.replace("os.getcwd", "kubernetes.client.BatchV1Api.list_namespaced_job")
    assert lint_text(listing, str(tmp_path / "jobs.py"), roots=(tmp_path,)) == []
    assert looked_up == []


def test_select_kub101_applies_it_beyond_the_test_paths(tmp_path: Path) -> None:
    """A helper module of the tests outside tests/ (testing/fakes.py) is
    judged where KUB101 itself is selected; a # noqa: KUB101 holds."""
    project = project_of(CASE, tmp_path)
    assert k8s_lint("fix", "app/", cwd=project).returncode == 0
    (project / "testing").mkdir()
    helper = project / "testing" / "fakes.py"
    helper.write_text((project / "tests" / "test_jobs.py").read_text())
    assert k8s_lint("check", "testing/", cwd=project).returncode == 0
    selected = k8s_lint("check", "--select", "KUB101", "testing/", cwd=project)
    found = [(m["path"], int(m["line"])) for m in KUB101_LINE.finditer(selected.stdout)]
    assert found == [("testing/fakes.py", line) for line in sorted(markers(helper))]
    helper.write_text(helper.read_text().replace("# KUB101", "# noqa: KUB101"))
    assert k8s_lint("check", "--select", "KUB101", "testing/", cwd=project).returncode == 0


def test_flake8_reports_what_check_reports(tmp_path: Path) -> None:
    project = project_of(CASE, tmp_path)
    fix_code(project)
    test = project / "tests" / "test_jobs.py"
    result = subprocess.run(
        [sys.executable, "-m", "flake8", "--select=KUB", "tests/test_jobs.py"],
        cwd=project, capture_output=True, text=True,
    )  # fmt: skip
    expected = [
        f"tests/test_jobs.py:{f.line}:{f.column + 1}: KUB101 {f.message}"
        for f in kub101(project, [test]).values()
    ]
    assert result.stdout.splitlines() == expected and expected


def readme_files() -> dict[str, str]:
    """The Python blocks of "Tests that mocked the list", by the file their
    first line names (``# tests/test_jobs.py, before the fix``)."""
    start = GUIDE.index("## Tests that mocked the list\n")
    section = GUIDE[start : GUIDE.index("\n## ", start + 1)]
    blocks = re.findall(r"^```python\n(.*?)^```", section, re.M | re.S)
    return {block.splitlines()[0][2:]: block for block in blocks}


def test_the_guide_example_is_reported_until_the_test_patches_the_read(tmp_path: Path) -> None:
    files = readme_files()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "jobs"\n')
    (tmp_path / "jobs.py").write_text(files["jobs.py"])
    (tmp_path / "tests").mkdir()
    test = tmp_path / "tests" / "test_jobs.py"
    test.write_text(files["tests/test_jobs.py, before the fix"])
    assert k8s_lint("fix", "jobs.py", cwd=tmp_path).returncode == 0
    checked = k8s_lint("check", "tests/test_jobs.py", cwd=tmp_path)
    assert checked.returncode == 1
    [shown] = [line for line in GUIDE.splitlines() if line.startswith("tests/test_jobs.py:9:2: ")]
    assert checked.stdout.startswith(shown.removesuffix("..."))
    test.write_text(files["tests/test_jobs.py, after the fix"])
    assert k8s_lint("check", "tests/test_jobs.py", cwd=tmp_path).returncode == 0


def test_a_module_linked_from_outside_the_project_is_not_read(tmp_path: Path) -> None:
    project = project_of(CASE, tmp_path)
    assert k8s_lint("fix", "app/", cwd=project).returncode == 0
    outside = tmp_path / "elsewhere"
    (project / "app").rename(outside)
    (project / "app").symlink_to(outside, target_is_directory=True)
    assert k8s_lint("check", "tests/", cwd=project).returncode == 0
