"""Reading the test corpus (``tests/corpus/``, format in its README).

A case file is ``<corpus>/<group>/<case>.py``: header lines (``# proves:``,
``# expect:``, ``# known-miss:``), then the code; ``<case>.fixed.py`` and
``<case>.unsafe.py`` beside it hold the expected results.  Anything
malformed raises ``CorpusError``, so a broken or empty corpus fails the
run instead of yielding no tests.  No side effects at import:
``scripts/update_corpus.py`` reads the corpus with it too.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

CORPUS = Path(__file__).parent / "corpus"
FIXED_SUFFIX = ".fixed.py"
UNSAFE_SUFFIX = ".unsafe.py"

_HEADER_LINE = re.compile(r"# (proves|expect|known-miss): (.*\S)\s*\Z")
_EXPECT = re.compile(r"(KUB\d{3}) (fixed(?:: (.+))?|unsafe: (.+)|not fixed: (.+))\Z")


class CorpusError(Exception):
    """A case file or expected file that does not follow the corpus format."""


class Expect(NamedTuple):
    """One ``# expect:`` line: a finding's code and outcome."""

    code: str
    status: str  # "fixed", "unsafe" or "not fixed"
    # Expected in why a read was not chosen (fixed, optional), the caveat
    # (unsafe) or the reason (not fixed).
    text: str


class Case(NamedTuple):
    group: str
    id: str  # the file name without .py
    path: Path
    proves: str
    expect: tuple[Expect, ...]  # empty for `expect: clean`
    known_miss: str | None
    source: str  # the whole file, header included
    header: str  # the header lines and the blank lines after them
    fixed: str | None  # <case>.fixed.py
    unsafe: str | None  # <case>.unsafe.py

    @property
    def name(self) -> str:
        return f"{self.group}/{self.id}"

    def statuses(self, *wanted: str) -> list[Expect]:
        return [e for e in self.expect if e.status in wanted]


def _read(path: Path) -> str:
    # newline="": CRLF cases keep their line endings, byte for byte.
    with path.open(encoding="utf-8", newline="") as file:
        return file.read()


def _header(path: Path, source: str) -> tuple[str, dict[str, list[str]]]:
    """The header text (comment lines, then the blank lines after them) and
    its values by key."""
    values: dict[str, list[str]] = {"proves": [], "expect": [], "known-miss": []}
    lines = source.splitlines(keepends=True)
    count = 0
    for number, line in enumerate(lines, 1):
        if not line.startswith("#"):
            break
        match = _HEADER_LINE.match(line)
        if match is None:
            raise CorpusError(
                f"{path}:{number}: not a header line (# proves:, # expect:, # known-miss:); "
                "separate other comments from the header by a blank line"
            )
        values[match[1]].append(match[2])
        count = number
    while count < len(lines) and not lines[count].strip():
        count += 1
    return "".join(lines[:count]), values


def _expectations(path: Path, lines: list[str]) -> tuple[Expect, ...]:
    if lines == ["clean"]:
        return ()
    expect = []
    for line in lines:
        match = _EXPECT.match(line)
        if match is None:
            raise CorpusError(
                f"{path}: `expect: {line}` is neither `clean` (alone) nor "
                "`KUBnnn fixed`, `KUBnnn fixed: <why not a read>`, `KUBnnn unsafe: <caveat>`, "
                "`KUBnnn not fixed: <reason>`"
            )
        status = match[2].split(":")[0]
        expect.append(Expect(match[1], status, match[3] or match[4] or match[5] or ""))
    return tuple(expect)


def expected_path(path: Path, suffix: str) -> Path:
    return path.with_name(path.name.removesuffix(".py") + suffix)


def _expected_file(path: Path, suffix: str, needed: bool, strict: bool) -> str | None:
    expected = expected_path(path, suffix)
    if strict and needed and not expected.is_file():
        raise CorpusError(f"{path}: its expect lines need {expected.name}, which is missing")
    if strict and not needed and expected.exists():
        raise CorpusError(f"{expected}: no expect line of {path.name} calls for it")
    return _read(expected) if needed and expected.is_file() else None


def load_case(path: Path, strict: bool = True) -> Case:
    """One case; with ``strict`` off, an expected file that is missing is
    None and one that is not needed is ignored (for writing them)."""
    source = _read(path)
    header, values = _header(path, source)
    if len(values["proves"]) != 1:
        raise CorpusError(f"{path}: needs exactly one `# proves:` line")
    if not values["expect"]:
        raise CorpusError(f"{path}: needs `# expect:` lines (or `# expect: clean`)")
    if len(values["known-miss"]) > 1:
        raise CorpusError(f"{path}: more than one `# known-miss:` line")
    expect = _expectations(path, values["expect"])
    statuses = {e.status for e in expect}
    return Case(
        group=path.parent.name,
        id=path.name.removesuffix(".py"),
        path=path,
        proves=values["proves"][0],
        expect=expect,
        known_miss=values["known-miss"][0] if values["known-miss"] else None,
        source=source,
        header=header,
        fixed=_expected_file(path, FIXED_SUFFIX, "fixed" in statuses, strict),
        unsafe=_expected_file(path, UNSAFE_SUFFIX, "unsafe" in statuses, strict),
    )


def _is_expected_file(path: Path) -> bool:
    return path.name.endswith((FIXED_SUFFIX, UNSAFE_SUFFIX))


def load(root: Path = CORPUS, strict: bool = True) -> list[Case]:
    """Every case under ``root``, sorted by group and id."""
    paths = sorted(root.rglob("*.py"))
    misplaced = [p for p in paths if p.parent.parent != root]
    if misplaced:
        raise CorpusError(f"not in a group folder <corpus>/<group>/: {misplaced}")
    for expected in filter(_is_expected_file, paths if strict else []):
        case = expected.name.removesuffix(FIXED_SUFFIX).removesuffix(UNSAFE_SUFFIX)
        if not expected.with_name(case + ".py").is_file():
            raise CorpusError(f"{expected}: there is no {case}.py beside it")
    cases = [load_case(p, strict) for p in paths if not _is_expected_file(p)]
    if not cases:
        raise CorpusError(f"no case files under {root}")
    duplicates = sorted(i for i, n in Counter(c.id for c in cases).items() if n > 1)
    if duplicates:
        raise CorpusError(f"case ids used in more than one group: {duplicates}")
    return cases
