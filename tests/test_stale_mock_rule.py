"""KUB101 (stale-list-mock) on the fixture projects of tests/stale_mock_rule/
(format in tests/stale_mock_cases.py), and in the workflows that must keep
showing it: check after fix, the pre-commit hook on a test file.

The cases' unmarked lines are the negatives: among them the false alarms of
the finder that matched by method name alone (a mock on an object the
rewritten code never touches, a test of code that still lists).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import replace
from pathlib import Path

import black
import pytest
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
from k8s_lint.engine import fix_text


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
