"""Running a metamorphic variant and judging the verdict on it.

For a case of the corpus and a variant of it (``metamorphic``):

1. The variant must behave as the original: ``lookup`` of both, run against
   the fake API in every cluster state (and with names no object can have),
   returns the same or raises the same.  Otherwise the variation did not
   keep behaviour for this case and the variant is discarded.
2. k8s-lint checks and fixes the variant: in-process for one file, through
   the command line on a temporary project where the variant has a second
   module (cross-module analysis is the CLI's).
3. The verdict: a positive (a case labelled ``fixed`` or ``unsafe``) must
   stay flagged with the statuses of its label; a trap (``clean`` or ``not
   fixed``) must get no safe fix; and any safe fix must keep behaviour, run
   before and after in every state as ``test_corpus`` runs the cases.
"""

from __future__ import annotations

import asyncio
import difflib
import json
import re
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import libcst as cst
from corpus_format import Case
from fake_api import NAMESPACE, STATES, TARGET, AsyncFakeApi, FakeApi, State, outcome, same_outcome
from libcst.metadata import MetadataWrapper, PositionProvider
from metamorphic import Files, Target, apply, list_calls, list_method

from k8s_lint.engine import fix_text, lint_text

POSITIVE, TRAP = "positive", "trap"
# Every state with the name searched for, and the names no object can have
# that test_corpus tries (an empty one, selector syntax, not a string) where
# the objects are present.
_ODD_NAMES = ("", ".", "..", "a/b", "50%", None, 42, "a,metadata.name=b\\")
RUNS: Sequence[tuple[State, object]] = [(state, TARGET) for state in STATES] + [
    (STATES[0], name) for name in _ODD_NAMES
]
# A temporary folder is its own project: the CLI looks for mocks and role
# manifests under the project root, and warns where k8s-lint is no dependency.
_PYPROJECT = '[project]\nname = "variant"\nversion = "0"\ndependencies = ["k8s-lint"]\n'


class Subject(NamedTuple):
    """A case ready for variations: its module, its list call, its label,
    and what its ``lookup`` does in each run."""

    case: Case
    role: str  # POSITIVE or TRAP
    files: Files
    target: Target
    expected: tuple[str, ...]  # the label's statuses, in order
    outcomes: tuple[Any, ...]


class Verdict(NamedTuple):
    case: str
    variations: tuple[str, ...]
    role: str
    preserved: bool  # the variant behaves as the original (else discarded)
    expected: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # of the variant's findings
    reasons: tuple[str, ...] = ()  # why findings were not fixed, as the tool said
    caveats: tuple[str, ...] = ()  # why fixes are unsafe, as the tool said
    safe_fix: bool = False  # a safe fix applied
    changed: str | None = None  # how that safe fix changed behaviour
    diff: str | None = None  # the safe fix, where it changed behaviour
    error: str | None = None  # k8s-lint raised

    @property
    def flagged(self) -> bool:
        return len(self.statuses) >= len(self.expected)

    @property
    def labelled(self) -> bool:
        """Fixed as labelled: a safe fix stays safe, an unsafe one unsafe."""
        return self.statuses == self.expected

    @property
    def fixed_same(self) -> bool:
        return self.labelled and self.changed is None and self.error is None


def role(case: Case) -> str:
    return POSITIVE if any(e.status in ("fixed", "unsafe") for e in case.expect) else TRAP


def _status(fix: object, unsafe: bool) -> str:
    if fix is None:
        return "not fixed"
    return "unsafe" if unsafe else "fixed"


# Running the code.


@contextmanager
def _importable(modules: dict[str, str]) -> Iterator[None]:
    """The variant's other modules importable while its main module runs."""
    names = [name.removesuffix(".py") for name in modules]
    try:
        for name, source in zip(names, modules.values(), strict=True):
            module = types.ModuleType(name)
            sys.modules[name] = module
            exec(compile(source, name + ".py", "exec"), module.__dict__)
        yield
    finally:
        for name in names:
            sys.modules.pop(name, None)


def entry_point(files: Files) -> Callable[..., Any] | None:
    """The files' ``lookup``; None where the code does not load or has none."""
    main, *others = files
    namespace: dict[str, Any] = {}
    try:
        with _importable({name: files[name] for name in others}):
            exec(compile(files[main], main, "exec"), namespace)
    except Exception:  # a variant that does not load behaves differently
        return None
    lookup = namespace.get("lookup")
    return lookup if callable(lookup) else None


def _api(lookup: Callable[..., Any], state: State) -> FakeApi:
    return AsyncFakeApi(state) if asyncio.iscoroutinefunction(lookup) else FakeApi(state)


def _comparable(result: tuple[str, Any]) -> tuple[str, Any]:
    """An outcome without the message of Python's own exceptions, which
    names the variables a variation may rename (``NameError: 'job'``)."""
    verdict, value = result
    if verdict == "raised" and value[0].startswith("builtins."):
        return verdict, value[:2]
    return result


def outcomes(lookup: Callable[..., Any]) -> tuple[Any, ...]:
    return tuple(_comparable(outcome(lookup, _api(lookup, s), NAMESPACE, name)) for s, name in RUNS)


def behaviour_change(before: Files, after: Files) -> str | None:
    """How the fixed code behaves differently, in the first run where it
    does (None: the same everywhere, allowing the read's RBAC verb as
    ``fake_api.same_outcome`` does)."""
    old, new = entry_point(before), entry_point(after)
    if old is None or new is None:
        return "the fixed code does not load" if old is not None else None
    for state, name in RUNS:
        try:
            same_outcome(old, new, state, NAMESPACE, name)
        except AssertionError:
            was = outcome(old, _api(old, state), NAMESPACE, name)
            now = outcome(new, _api(new, state), NAMESPACE, name)
            return f"{state.id}, name {name!r}: {was} before, {now} after"
    return None


# Linting and fixing.


class Linted(NamedTuple):
    statuses: tuple[str, ...]
    reasons: tuple[str, ...]
    caveats: tuple[str, ...]
    fixed: Files | None  # after the safe fixes; None where none applied


def lint_module(files: Files) -> Linted:
    ((filename, text),) = files.items()
    findings = lint_text(text, filename)
    statuses = tuple(_status(f.fix, f.unsafe) for f in findings)
    reasons = tuple(f.reason for f in findings if f.reason)
    caveats = tuple(f.fix.caveat for f in findings if f.fix and f.unsafe and f.fix.caveat)
    result = fix_text(text, filename)
    return Linted(statuses, reasons, caveats, {filename: result.text} if result.fixed else None)


def _cli(folder: Path, *args: str) -> str:
    command = [sys.executable, "-m", "k8s_lint", *args, "."]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"k8s-lint {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as file:  # CRLF stays CRLF
        return file.read()


def lint_project(files: Files) -> Linted:
    """The command line on a temporary project holding the files."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "pyproject.toml").write_text(_PYPROJECT)
        for name, text in files.items():
            with (folder / name).open("w", encoding="utf-8", newline="") as file:
                file.write(text)
        report = json.loads(_cli(folder, "check", "--output-format", "json", "--exit-zero"))
        statuses = tuple(
            _status(f["fix"], (f["fix"] or {}).get("applicability") == "unsafe") for f in report
        )
        reasons = tuple(f["not_fixed"] for f in report if f["not_fixed"])
        fixes = [f["fix"] for f in report if f["fix"]]
        caveats = tuple(
            f["caveat"] for f in fixes if f["applicability"] == "unsafe" and f["caveat"]
        )
        if "fixed" in statuses:
            _cli(folder, "fix", "--exit-zero")
        fixed = {name: _read(folder / name) for name in files}
    return Linted(statuses, reasons, caveats, fixed if fixed != files else None)


def lint(files: Files) -> Linted:
    return lint_module(files) if len(files) == 1 else lint_project(files)


# The verdict.


def target_of(case: Case, filename: str) -> Target | None:
    """The list call a finding of the original reports (its first), or the
    first list call where nothing is reported; None where there is none."""
    wrapper = MetadataWrapper(cst.parse_module(case.source))
    positions = wrapper.resolve(PositionProvider)
    calls = list_calls(wrapper.module)
    if not calls:
        return None
    lines = {f.line for f in lint_text(case.source, filename)}
    chosen = next((c for c in calls if positions[c].start.line in lines), calls[0])
    method = list_method(chosen)
    assert method is not None
    same = [c for c in calls if list_method(c) == method]
    return Target(method, next(i for i, c in enumerate(same) if c is chosen))


# A blanket noqa comment, or one that names a KUB code (not one for E731 only).
_SUPPRESSION = re.compile(r"# noqa(?!:)|# noqa:[^\n]*KUB", re.IGNORECASE)


def skipped(case: Case) -> str | None:
    """Why a case gets no variants (None: it does)."""
    if case.known_miss:
        return "known miss: k8s-lint does not meet its label yet"
    if role(case) == TRAP and _SUPPRESSION.search(case.source):
        # A suppression holds for its line; code moved off it is reported.
        return "a trap by suppression"
    return None


@cache
def subject(case: Case) -> Subject | None:
    """The case prepared for variations; None where it is skipped, has no
    list call, or its ``lookup`` does not run here or does not do the same
    twice (it returns an object's default repr, with its address)."""
    filename = f"{case.id}.py"
    target = target_of(case, filename)
    lookup = entry_point({filename: case.source})
    if skipped(case) or target is None or lookup is None:
        return None
    found = outcomes(lookup)
    if outcomes(lookup) != found:
        return None
    expected = tuple(e.status for e in case.expect)
    return Subject(case, role(case), {filename: case.source}, target, expected, found)


def variants(
    subject: Subject, combinations: list[tuple[str, ...]]
) -> Iterator[tuple[tuple[str, ...], Files]]:
    """Each combination of variations that applies, with its variant; a
    pair starts from its first variation's variant, made once."""
    made: dict[tuple[str, ...], Files | None] = {(): subject.files}
    for variations in combinations:
        start = made.get(variations[:-1])
        if variations[:-1] not in made:
            start = made[variations[:-1]] = apply(variations[:-1], subject.files, subject.target)
        files = None if start is None else apply(variations[-1:], start, subject.target)
        if len(variations) == 1:
            made[variations] = files
        if files is not None:
            yield variations, files


def _diff(before: Files, after: Files) -> str:
    lines: list[str] = []
    for name in before:
        lines += difflib.unified_diff(
            before[name].splitlines(keepends=True),
            after.get(name, "").splitlines(keepends=True),
            f"a/{name}",
            f"b/{name}",
        )
    return "".join(lines)


def judge(subject: Subject, variations: tuple[str, ...], files: Files) -> Verdict:
    """The verdict on one variant (``files``) of a case."""
    base = Verdict(subject.case.name, variations, subject.role, False, subject.expected)
    lookup = entry_point(files)
    if lookup is None or outcomes(lookup) != subject.outcomes:
        return base
    base = base._replace(preserved=True)
    try:
        linted = lint(files)
    except Exception as error:  # an internal error of k8s-lint: reported
        return base._replace(error=f"{type(error).__name__}: {error}")
    verdict = base._replace(
        statuses=linted.statuses, reasons=linted.reasons, caveats=linted.caveats
    )
    if linted.fixed is None:
        return verdict
    changed = behaviour_change(files, linted.fixed)
    diff = _diff(files, linted.fixed) if changed else None
    return verdict._replace(safe_fix=True, changed=changed, diff=diff)


def verdicts(case: Case, combinations: list[tuple[str, ...]]) -> Iterator[Verdict]:
    """A verdict for each combination of variations that applies to the case."""
    prepared = subject(case)
    if prepared is not None:
        for variations, files in variants(prepared, combinations):
            yield judge(prepared, variations, files)
