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

And a fix writes its statements as black would: each statement a fixed
file has that its case does not (what the fix wrote or rewrote: found by
comparing the lines) is unchanged by ``ruff format`` at the line length the
fix used (79: the corpus runs without configuration), in the file's own
indentation.  The user's other statements are theirs and are not checked.
"""

from __future__ import annotations

import ast
import difflib
import re
import subprocess
import sys
import tokenize
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from corpus_cases import CASES
from corpus_format import FIXED_SUFFIX, UNSAFE_SUFFIX, Case, expected_path

from k8s_lint.config import DEFAULT_LINE_LENGTH
from k8s_lint.fixes import indent_unit
from k8s_lint.source import Source

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


# --- the statements a fix writes, as ruff format writes them ------------------


def statements(text: str) -> list[tuple[int, int, str]]:
    """Each simple statement and compound statement header, in tree order:
    its first and last line (1-based) and its text, from its line's start to
    the end of its logical line (the comment after it included)."""
    tree = ast.parse(text)
    ends = [
        token.start[0]
        for token in tokenize.generate_tokens(StringIO(text).readline)
        if token.type == tokenize.NEWLINE
    ]
    lines = text.splitlines(keepends=True)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            first = node.lineno
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                first = min([first, *(d.lineno for d in node.decorator_list)])
            last = min(end for end in ends if end >= node.lineno)
            found.append((first, last, "".join(lines[first - 1 : last]).rstrip()))
    return found


def changed_lines(before: str, after: str) -> set[int]:
    """The lines of ``after`` (1-based, not blank) that ``before`` does not have
    where the two are aligned: what a fix wrote."""
    old, new = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return {
        number + 1
        for tag, _, _, first, last in matcher.get_opcodes()
        if tag in ("replace", "insert")
        for number in range(first, last)
        if new[number].strip()
    }


def written(before: str, after: str) -> list[tuple[int, str]]:
    """The statements ``after`` has where ``before`` differs, each with its
    index in tree order."""
    changed = changed_lines(before, after)
    return [
        (index, text)
        for index, (first, last, text) in enumerate(statements(after))
        if changed & set(range(first, last + 1))
    ]


def ruff_options(text: str) -> tuple[str, ...]:
    """``ruff format`` options for a file: the line length fixes use, and the
    file's own indentation (ruff's defaults: four spaces)."""
    unit = indent_unit(Source(text), ast.parse(text))
    style = ("--config", "format.indent-style='tab'") if unit == "\t" else ()
    width = ("--config", f"indent-width={len(unit)}") if unit.strip(" ") == "" else ()
    return ("--line-length", str(DEFAULT_LINE_LENGTH), *style, *width)


def ruff_format(texts: dict[str, str], tmp: Path) -> dict[str, str]:
    """Each text as ``ruff format`` writes it (one run per set of options)."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, text in texts.items():
        groups.setdefault(ruff_options(text), []).append(name)
    formatted = {}
    for number, (options, names) in enumerate(groups.items()):
        folder = tmp / str(number)
        folder.mkdir()
        for index, name in enumerate(names):
            # newline="": a CRLF file stays CRLF, as ruff keeps it.
            with (folder / f"{index}.py").open("w", encoding="utf-8", newline="") as file:
                file.write(texts[name])
        command = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache"]
        result = subprocess.run(
            [*command, *options, str(folder)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        for index, name in enumerate(names):
            with (folder / f"{index}.py").open(encoding="utf-8", newline="") as file:
                formatted[name] = file.read()
    return formatted


def unstable(before: str, after: str, formatted: str) -> list[tuple[str, str]]:
    """The statements a fix wrote (``after`` against ``before``) that ruff
    format writes otherwise (in ``formatted``, ``after`` formatted): each as
    written and as ruff writes it."""
    ours, theirs = statements(after), statements(formatted)
    assert len(ours) == len(theirs)  # ruff changes no statement's kind
    return [
        (text, theirs[index][2])
        for index, text in written(before, after)
        if text != theirs[index][2]
    ]


def expected(case: Case, fixed: Path) -> str:
    """The text of one of a case's fixed files (its line endings kept)."""
    text = case.fixed if fixed.name.endswith(FIXED_SUFFIX) else case.unsafe
    assert text is not None
    return text


@pytest.fixture(scope="module")
def formatted(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, str]:
    """Every fixed file, as ruff format writes it."""
    texts = {str(fixed): expected(case, fixed) for case, fixed in pairs()}
    result = ruff_format(texts, tmp_path_factory.mktemp("ruff"))
    return {Path(name): text for name, text in result.items()}


@pytest.mark.parametrize(
    ("case", "fixed"),
    [pytest.param(case, fixed, id=f"{case.name}:{fixed.name}") for case, fixed in pairs()],
)
def test_ruff_format_leaves_what_a_fix_wrote(
    case: Case, fixed: Path, formatted: dict[Path, str]
) -> None:
    after = expected(case, fixed)
    assert unstable(case.source, after, formatted[fixed]) == [], case.proves


def test_the_ruff_check_can_fail(tmp_path: Path) -> None:
    """A field selector added with a visual indent, as fixes once wrote it,
    is a statement ruff format writes otherwise; the user's own statement
    beside it, left as it was, is not checked."""
    before = (
        "def lookup(batch, namespace, name):\n"
        "    x = [1,\n"
        "         2]\n"
        "    response = batch.list_namespaced_job(namespace)\n"
        "    return response\n"
    )
    after = before.replace(
        "(namespace)",
        "(namespace,\n                                         field_selector=name_selector(name))",
    )
    formatted = ruff_format({"a": after}, tmp_path)["a"]
    found = unstable(before, after, formatted)
    assert [ours for ours, _ in found] == [
        "    response = batch.list_namespaced_job(namespace,\n"
        "                                         field_selector=name_selector(name))"
    ]
    assert found[0][1] == (
        "    response = batch.list_namespaced_job(\n"
        "        namespace, field_selector=name_selector(name)\n"
        "    )"
    )
