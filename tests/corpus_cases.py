"""The corpus cases, for every test module that needs code to work on.

``CASES`` holds every case file of ``tests/corpus/`` with its header and
expected files (see ``corpus_format``).  For the modules that feed code to
the command line, flake8, the codemod or the fuzzer, ``FIXED``, ``UNFIXED``,
``UNSAFE`` and ``CLEAN`` view the cases of one simple kind as before/after
strings without the header: all findings fixed with one code, one finding
not fixed, one unsafe finding, or clean.  Cases with a ``known-miss`` (the
tool does not meet the label yet) and cases that mix outcomes are only in
``CASES``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from corpus_format import Case, CorpusError, load

# The views the other test modules use: the code without the header.


class Fixed(NamedTuple):
    id: str
    proves: str
    before: str
    after: str
    code: str = "KUB001"


class Unfixed(NamedTuple):
    id: str
    proves: str
    code: str
    reason: str  # expected in the message's "not fixed: ..." clause


class Unsafe(NamedTuple):
    id: str
    proves: str
    before: str
    after: str  # with --unsafe-fixes
    caveat: str  # expected in the fix's caveat


class Clean(NamedTuple):
    id: str
    proves: str
    code: str


CASES = load()


def _without_header(case: Case, text: str) -> str:
    if not text.startswith(case.header):
        raise CorpusError(f"{case.path}: an expected file does not start with the case's header")
    return text[len(case.header) :]


def _views(cases: list[Case]) -> Iterator[Fixed | Unfixed | Unsafe | Clean]:
    for case in cases:
        expect, before = case.expect, _without_header(case, case.source)
        if case.known_miss is not None:
            continue
        if not expect:
            yield Clean(case.id, case.proves, before)
        elif case.fixed is not None and len({(e.code, e.status) for e in expect}) == 1:
            after = _without_header(case, case.fixed)
            yield Fixed(case.id, case.proves, before, after, expect[0].code)
        elif len(expect) == 1 and case.unsafe is not None:
            after = _without_header(case, case.unsafe)
            yield Unsafe(case.id, case.proves, before, after, expect[0].text)
        elif len(expect) == 1:
            yield Unfixed(case.id, case.proves, before, expect[0].text)


_VIEWS = list(_views(CASES))
FIXED = [v for v in _VIEWS if isinstance(v, Fixed)]
UNFIXED = [v for v in _VIEWS if isinstance(v, Unfixed)]
UNSAFE = [v for v in _VIEWS if isinstance(v, Unsafe)]
CLEAN = [v for v in _VIEWS if isinstance(v, Clean)]


def fixed(case_id: str) -> Fixed:
    return next(c for c in FIXED if c.id == case_id)


def unfixed(case_id: str) -> Unfixed:
    return next(c for c in UNFIXED if c.id == case_id)


def unsafe(case_id: str) -> Unsafe:
    return next(c for c in UNSAFE if c.id == case_id)


def clean(case_id: str) -> Clean:
    return next(c for c in CLEAN if c.id == case_id)
