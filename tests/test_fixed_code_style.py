"""A fix leaves code as lint-clean as it found it: pycodestyle (flake8's E
and W codes, as flake8 runs them by default) reports nothing in a case's
fixed files that it does not report in the case itself.

The fixed files are the ones ``tests/test_corpus.py`` proves the tool
writes (and, for a known miss, what it should write), so one flake8 run over
the corpus checks every fix: comments and blank lines where a statement
went (no E303 from two blank lines in a body, no W391), the indentation of
wrapped calls, whitespace.

Long lines (E501) are judged by the file. A case with no line over 79
columns must get none. A case that has some follows a longer limit, as
most projects do (black's and ruff's 88, this repository's 100): there the
fixed file may have lines over 79 columns, but none longer than the longest
line the case already had. That still catches a rewrite that runs away
(every argument on one line, a comment appended to a long line) without
holding the fix to a limit the file itself does not keep.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from corpus_cases import CASES
from corpus_format import FIXED_SUFFIX, UNSAFE_SUFFIX, Case, expected_path

# pycodestyle as flake8 runs it out of the box: E and W, less the checks
# flake8 leaves off by default because styles disagree on them (E126's
# hanging indent inside a visually indented bracket among them).
PYCODESTYLE = [
    "--isolated",
    "--select=E,W",
    "--extend-ignore=E121,E123,E126,E226,E24,E704,W503,W504",
]

LONG_LINE = re.compile(r"E501 line too long \((\d+) > \d+ characters\)")


def pairs() -> list[tuple[Case, Path]]:
    """Each case with each of its fixed files."""
    return [
        (case, expected_path(case.path, suffix))
        for case in CASES
        for suffix, text in ((FIXED_SUFFIX, case.fixed), (UNSAFE_SUFFIX, case.unsafe))
        if text is not None
    ]


@pytest.fixture(scope="module")
def reports() -> dict[Path, list[str]]:
    """pycodestyle's findings ("E303 too many blank lines (2)") per file, from
    one flake8 run over every case and fixed file, with no configuration."""
    paths = sorted({p for case, fixed in pairs() for p in (case.path, fixed)})
    result = subprocess.run(
        [sys.executable, "-m", "flake8", *PYCODESTYLE, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    found: dict[Path, list[str]] = {path: [] for path in paths}
    for line in result.stdout.splitlines():
        path, _row, _column, message = line.split(":", 3)
        found[Path(path)].append(message.strip())
    return found


def codes(messages: list[str]) -> Counter[str]:
    return Counter(m.split()[0] for m in messages if not m.startswith("E501"))


def longest(messages: list[str]) -> int:
    """The longest line E501 reports (0: none over the limit)."""
    return max((int(m.group(1)) for m in map(LONG_LINE.match, messages) if m), default=0)


@pytest.mark.parametrize(
    ("case", "fixed"),
    [pytest.param(case, fixed, id=f"{case.name}:{fixed.name}") for case, fixed in pairs()],
)
def test_a_fix_adds_no_pycodestyle_finding(
    case: Case, fixed: Path, reports: dict[Path, list[str]]
) -> None:
    before, after = reports[case.path], reports[fixed]
    assert not codes(after) - codes(before), (case.proves, after)
    assert longest(after) <= longest(before), (case.proves, after)


def test_the_check_can_fail(tmp_path: Path) -> None:
    """What an E303 looks like to the check: two blank lines in a body."""
    path = tmp_path / "two_blank_lines.py"
    path.write_text("def f():\n    a = 1\n\n\n    return a\n")
    result = subprocess.run(
        [sys.executable, "-m", "flake8", *PYCODESTYLE, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "E303" in result.stdout
