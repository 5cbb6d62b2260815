"""The fixture projects of KUB101 (tests/stale_mock_rule/<case>/), read by
tests/test_stale_mock_rule.py and scripts/measure_stale_mocks.py.

Each folder is a small project as it was before a migration: code that
lists, and its tests, which mock the list.  The first line of each test file
says what the case proves (``# proves: ...``); a trailing ``# KUB101`` marks
a mock the rule must report once the code reads (``# KUB101 not fixed:
<text>``: one whose fix is not made, the text being in the reason); every
other line must stay quiet.  ``<test>.unsafe.py`` beside a test file is what
``fix --unsafe-fixes`` makes of it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from k8s_lint.analysis import Finding
from k8s_lint.config import load
from k8s_lint.engine import fix_text, lint_text
from k8s_lint.project import is_test
from k8s_lint.project_index import ProjectIndex
from k8s_lint.stale_mocks import Replaced, replaced_reads

FIXTURES = Path(__file__).parent / "stale_mock_rule"
CASES = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
MARKER = re.compile(r"# KUB101(?: not fixed: (?P<why>.+))?$")
UNSAFE_SUFFIX = ".unsafe.py"


def project_of(case: Path, where: Path) -> Path:
    """A copy of the case's project under ``where``, without expected files."""
    project = where / case.name
    shutil.copytree(case, project, ignore=shutil.ignore_patterns(f"*{UNSAFE_SUFFIX}"))
    return project


def suites_of(project: Path) -> list[Path]:
    """The project's test files."""
    return sorted(p for p in project.rglob("*.py") if is_test(p.relative_to(project)))


def markers(test: Path) -> dict[int, str | None]:
    """The lines marked ``# KUB101``, with the reason text of those not fixed."""
    found = {}
    for number, line in enumerate(test.read_text().splitlines(), 1):
        match = MARKER.search(line)
        if match:
            found[number] = match["why"]
    return found


def kub101(project: Path, tests: list[Path]) -> dict[tuple[str, int], Finding]:
    """KUB101's findings in ``tests``, by (path from the project, line)."""
    found = {}
    for test in tests:
        for finding in lint_text(test.read_text(), str(test), load(test), roots=(project,)):
            if finding.rule.code == "KUB101":
                found[(str(test.relative_to(project)), finding.line)] = finding
    return found


def fix_code(project: Path) -> list[Replaced]:
    """Fix the project's code (not its tests) as `k8s-lint fix` does; the
    list calls replaced with reads (and functions inlined), as `fix` records
    them for its warning."""
    code = [p for p in sorted(project.rglob("*.py")) if not is_test(p.relative_to(project))]
    index = ProjectIndex.build(code)
    replaced = []
    for path in code:
        before = path.read_text()
        result = fix_text(before, str(path), False, load(path), index, (project,))
        if result.text != before:
            path.write_text(result.text)
            replaced += replaced_reads(path, before, result.text, result.fixed)
    return replaced


def expected_path(case: Path, project: Path, test: Path) -> Path:
    return case / test.relative_to(project).with_suffix(UNSAFE_SUFFIX)
