"""Migrated test suites (issue 13, item 22): after fixing, `fix` names the
tests that mock or patch a list method it replaced with a read, since they no
longer intercept the fixed code; and the migration guide's before/after test
runs (docs/migration.md)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from command import k8s_lint

HERE = Path(__file__).parent
FIXTURES = HERE / "stale_mocks"
GUIDE = (HERE.parent / "docs" / "migration.md").read_text()
REPORT = re.compile(
    r"^(?P<path>\S+):(?P<line>\d+): (?P<verb>patches|mocks) (?P<method>\w+), which "
    r"(?P<fixed>\S+):(?P<fixed_line>\d+)(?: \(and \d+ more\))? (?:now reads|would read) with "
    r"(?P<read>\w+): patch that, and make a missing object raise ApiException\(status=404\)$",
    re.M,
)
A_MOCK = 'from unittest import mock\n\n\n@mock.patch.object(object, "list_namespaced_job")\n'
A_MOCK += "def test_it(listing):\n    pass\n"


def reports(stderr: str) -> list[re.Match[str]]:
    return list(REPORT.finditer(stderr))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """jobs.py (two lookups replaced by a read, one narrowed by KUB005) and
    the fixture suite as tests/test_jobs.py."""
    shutil.copy(FIXTURES / "jobs.py", tmp_path / "jobs.py")
    (tmp_path / "tests").mkdir()
    shutil.copy(FIXTURES / "suite.py", tmp_path / "tests" / "test_jobs.py")
    return tmp_path


def expected_lines(suite: Path) -> set[tuple[int, str]]:
    return {
        (number, f"list_namespaced_{marker.group(1)}")
        for number, text in enumerate(suite.read_text().splitlines(), 1)
        if (marker := re.search(r"# stale: (\w+)", text))
    }


def test_every_way_of_mocking_a_replaced_list_is_named_and_nothing_else(project: Path) -> None:
    result = k8s_lint("fix", "jobs.py", cwd=project)
    assert result.returncode == 0, result.stderr
    found = reports(result.stderr)
    assert {m["path"] for m in found} == {"tests/test_jobs.py"}
    assert {(int(m["line"]), m["method"]) for m in found} == expected_lines(
        project / "tests" / "test_jobs.py"
    )
    fixed = (project / "jobs.py").read_text().splitlines()
    for match in found:
        assert match["read"] == match["method"].replace("list_", "read_", 1)
        assert match["fixed"] == "jobs.py"
        assert match["read"] in fixed[int(match["fixed_line"]) - 1], "points at the read"
    assert "list_namespaced_pod" not in result.stderr, "KUB005 keeps the list: its mocks hold"


@pytest.mark.parametrize("option", ["--diff", "--check"])
def test_a_reviewer_sees_them_before_applying(project: Path, option: str) -> None:
    before = (project / "jobs.py").read_text()
    result = k8s_lint("fix", option, "jobs.py", cwd=project)
    assert result.returncode == 1, result.stderr
    found = reports(result.stderr)
    assert found and all("would read with" in m[0] for m in found)
    assert "patches" not in result.stdout, "stdout holds the diff alone"
    assert (project / "jobs.py").read_text() == before


def test_with_json_the_report_stays_findings_and_the_mocks_go_to_stderr(project: Path) -> None:
    result = k8s_lint("fix", "--output-format", "json", "jobs.py", cwd=project)
    assert json.loads(result.stdout) == []
    assert len(reports(result.stderr)) == len(expected_lines(project / "tests" / "test_jobs.py"))


def test_only_lists_the_run_replaced_with_a_read(tmp_path: Path) -> None:
    """A KUB005 fix keeps listing; a run that replaced nothing says nothing."""
    narrowed = (FIXTURES / "jobs.py").read_text().split("def job_exists")[0]
    narrowed += (FIXTURES / "jobs.py").read_text().split("\n\n\n")[-1]
    (tmp_path / "jobs.py").write_text(narrowed)
    (tmp_path / "tests").mkdir()
    shutil.copy(FIXTURES / "suite.py", tmp_path / "tests" / "test_jobs.py")
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert "Fixed 1 finding" in result.stderr
    assert "field_selector" in (tmp_path / "jobs.py").read_text()
    assert not reports(result.stderr) and "mock" not in result.stderr


def test_the_project_tests_are_found_as_check_walks(tmp_path: Path) -> None:
    """tests/ and test/ folders, test_*.py, *_test.py and conftest.py under the
    root; not what `exclude`, .gitignore or the default excludes skip, nor
    other modules unless the run was given them."""
    shutil.copy(FIXTURES / "jobs.py", tmp_path / "jobs.py")
    (tmp_path / "pyproject.toml").write_text('[tool.k8s-lint]\nexclude = ["tests/generated/"]\n')
    (tmp_path / ".gitignore").write_text("build/\n")
    found = [
        "tests/unit/test_a.py", "tests/helpers.py", "test/b.py", "pkg/test_c.py",
        "pkg/d_test.py", "conftest.py", "pkg/sub/conftest.py",
    ]  # fmt: skip
    skipped = [
        "tests/generated/test_e.py", "build/test_f.py", ".venv/lib/test_g.py",
        "pkg/helpers.py", "pkg/testing.py",
    ]  # fmt: skip
    for name in found + skipped:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(A_MOCK)
    given = k8s_lint("fix", "--diff", "jobs.py", "pkg/helpers.py", cwd=tmp_path)
    assert sorted(m["path"] for m in reports(given.stderr)) == sorted([*found, "pkg/helpers.py"])
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert sorted(m["path"] for m in reports(result.stderr)) == sorted(found)


def test_a_test_reached_twice_or_unparsable_is_no_trouble(project: Path) -> None:
    (project / "tests" / "test_broken.py").write_text("list_namespaced_job(\n")
    result = k8s_lint("fix", "jobs.py", "tests/test_jobs.py", "tests", cwd=project)
    lines = [(m["path"], m["line"]) for m in reports(result.stderr)]
    assert len(lines) == len(set(lines)) == len(expected_lines(project / "tests" / "test_jobs.py"))
    assert "Traceback" not in result.stderr


# The migration guide, run for real.


def guide_files() -> dict[str, str]:
    """The Python blocks of "Tests that mocked the list", by the file their
    first line names (``# tests/test_jobs.py, before the fix``)."""
    start = GUIDE.index("\n## Tests that mocked the list\n")
    section = GUIDE[start : GUIDE.index("\n## ", start + 1)]
    blocks = re.findall(r"^```python\n(.*?)^```", section, re.M | re.S)
    return {block.splitlines()[0][2:]: block for block in blocks}


def pytest_in(project: Path) -> subprocess.CompletedProcess[str]:
    # -m: the project folder on sys.path, as `python -m pytest` in a project root.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_guide_example_before_and_after_the_fix(tmp_path: Path) -> None:
    files = guide_files()
    (tmp_path / "tests").mkdir()
    (tmp_path / "jobs.py").write_text(files["jobs.py"])
    test = tmp_path / "tests" / "test_jobs.py"
    test.write_text(files["tests/test_jobs.py, before the fix"])
    assert pytest_in(tmp_path).returncode == 0, "the list-patched test passes on the list"

    fixed = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    assert "read_namespaced_job" in (tmp_path / "jobs.py").read_text()
    [shown] = [
        line
        for line in GUIDE.splitlines()
        if line.startswith("tests/test_jobs.py:") and (" patches " in line or " mocks " in line)
    ]
    assert shown in fixed.stderr.splitlines(), "the guide shows what fix says"
    # fix's warning points at this guide's section, by page and heading.
    [(path, heading)] = re.findall(r"\((docs/[\w/-]+\.md): ([^)]+)\)", fixed.stderr)
    assert (HERE.parent / path).read_text() == GUIDE and f"\n## {heading}\n" in GUIDE
    link = "[Testing code that uses the helpers](runtime.md#testing-code-that-uses-the-helpers)"
    assert link in GUIDE.replace("\n", " ")

    stale = pytest_in(tmp_path)
    assert stale.returncode == 1, "the list's patch no longer intercepts the read"

    test.write_text(files["tests/test_jobs.py, after the fix"])
    after = pytest_in(tmp_path)
    assert after.returncode == 0, after.stdout + after.stderr
