"""Every case of the corpus (tests/corpus/, format in its README).

Linted: the findings are the `expect:` lines, in order, with their status,
reason and caveat.  Fixed: the result is `<case>.fixed.py` (and, with
--unsafe-fixes, `<case>.unsafe.py`), stable under a second fix, compiling,
with only the expected findings left.  Run: each fixed case's `lookup`,
before and after (its `.fixed.py`), against the fake API (every API class,
custom objects, the dynamic client, sync or async) in every cluster state:
present, absent, empty namespace, present in another namespace only, label
mismatch, read 403, read 500, and 403/500 on every call.  Return values
must be equal and exceptions of the same type and status; the fixed code
reads where read fixes apply, and lists only with a metadata.name field
selector where KUB005 applies.  The one difference the fix may make is the
RBAC verb: where only the read is refused, the fixed code raises that error
(it never turns into "absent").
"""

from __future__ import annotations

import ast
import asyncio
from collections.abc import Sequence
from typing import Any

import pytest
from corpus_cases import CASES
from corpus_format import Case, Expect
from fake_api import NAMESPACE, STATES, TARGET, AsyncFakeApi, FakeApi, State, outcome, same_outcome

from k8s_lint.analysis import Finding
from k8s_lint.engine import fix_text, lint_text
from k8s_lint.rules import NOT_READ
from k8s_lint.runtime import _is_possible_name as is_possible_name

# The lookups that KUB005 narrows keep listing; the other fixes read.
SELECTOR_CODE = "KUB005"


def params(cases: list[Case]) -> list[Any]:
    """One param per case; a known miss must fail (strictly) until the tool catches up."""
    return [
        pytest.param(
            case,
            id=case.name,
            marks=[pytest.mark.xfail(strict=True, reason=case.known_miss)]
            if case.known_miss
            else [],
        )
        for case in cases
    ]


def status(finding: Finding) -> str:
    if finding.fix is None:
        return "not fixed"
    return "unsafe" if finding.unsafe else "fixed"


def outcomes(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.rule.code, status(f)) for f in findings]


def expected(expect: Sequence[Expect]) -> list[tuple[str, str]]:
    return [(e.code, e.status) for e in expect]


def check_findings(case: Case, findings: list[Finding]) -> None:
    assert outcomes(findings) == expected(case.expect), case.proves
    for finding, expect in zip(findings, case.expect, strict=True):
        if expect.status == "not fixed":
            assert finding.reason is not None and expect.text in finding.reason, case.proves
            assert f"(not fixed: {finding.reason})" in finding.message
        elif expect.status == "unsafe":
            assert finding.reason is None and finding.fix is not None
            assert expect.text in (finding.fix.caveat or ""), case.proves
            assert "unsafe fix, with --unsafe-fixes" in finding.message
        else:
            assert finding.reason is None and finding.fix is not None
            assert expect.text in (finding.fix.why_not_read or ""), case.proves
        if finding.fix is not None:
            # A field selector fix, and only it, says why the list is not read.
            why = finding.fix.why_not_read
            assert (why is not None) == (finding.rule.code == SELECTOR_CODE), case.proves
            if why is not None:
                said = f"({NOT_READ.format(why=why)})"
                assert said in finding.message and said in finding.fix_title


def check_fixed_text(text: str, unsafe: bool, left: list[Expect]) -> None:
    """A fixed text compiles, a second fix changes nothing, and only the
    findings that were not to be fixed are left."""
    compile(text, "<fixed>", "exec")
    again = fix_text(text, unsafe=unsafe)
    assert again.text == text
    assert outcomes(again.remaining) == expected(left)


@pytest.mark.parametrize("case", params(CASES))
def test_case(case: Case) -> None:
    findings = lint_text(case.source)
    check_findings(case, findings)

    safe = fix_text(case.source)
    assert safe.text == (case.fixed if case.fixed is not None else case.source), case.proves
    assert len(safe.fixed) == len(case.statuses("fixed"))
    check_fixed_text(safe.text, False, case.statuses("unsafe", "not fixed"))

    if case.unsafe is not None:
        applied = fix_text(case.source, unsafe=True)
        assert applied.text == case.unsafe, case.proves
        check_fixed_text(applied.text, True, case.statuses("not fixed"))


# Running the code before and after the fix.

RUNNABLE = [c for c in CASES if c.fixed is not None]


def defines_lookup(source: str) -> bool:
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "lookup"
        for node in ast.parse(source).body
    )


def test_every_fixed_case_defines_lookup() -> None:
    """The entry point the execution tests call (see the corpus README)."""
    assert RUNNABLE
    assert [c.name for c in RUNNABLE if not defines_lookup(c.source)] == []


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<case>", "exec"), namespace)
    return namespace["lookup"]


def check(case: Case, state: State, name: object) -> FakeApi:
    assert case.fixed is not None
    return same_outcome(load(case.source), load(case.fixed), state, NAMESPACE, name)


def plain_lists(api: FakeApi) -> int:
    """List calls the server does not narrow to one name."""
    return sum(
        verb == "list" and "metadata.name=" not in (kwargs.get("field_selector") or "")
        for verb, kwargs in api.calls
    )


def original_calls(case: Case, state: State) -> FakeApi:
    before = load(case.source)
    api = AsyncFakeApi(state) if asyncio.iscoroutinefunction(before) else FakeApi(state)
    outcome(before, api, NAMESPACE, TARGET)
    return api


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize("case", RUNNABLE, ids=lambda c: c.name)
def test_same_outcome(case: Case, state: State) -> None:
    api = check(case, state, TARGET)
    verbs = {verb for verb, _ in api.calls}
    fixed_codes = {e.code for e in case.statuses("fixed")}
    assert case.fixed is not None
    if len(case.statuses("fixed")) < len(case.expect) or lists_left(case.fixed):
        # Searches left unfixed, and lists that are no lookup, still list:
        # fewer of those, never more.
        before = plain_lists(original_calls(case, state))
        assert plain_lists(api) <= before
        if state is STATES[0]:
            assert plain_lists(api) < before
        return
    assert plain_lists(api) == 0
    if fixed_codes == {SELECTOR_CODE}:
        assert verbs == {"list"}
    elif SELECTOR_CODE not in fixed_codes:
        assert verbs == {"read"}
    else:
        assert verbs and verbs <= {"list", "read"}


# Where the search answered "absent" and where its list failed.
FAILING = [s for s in STATES if s.list_error is not None]


@pytest.mark.parametrize("state", [STATES[0], *FAILING], ids=lambda s: s.id)
@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "50%", None, 42])
@pytest.mark.parametrize("case", RUNNABLE, ids=lambda c: c.name)
def test_impossible_names(case: Case, name: object, state: State) -> None:
    """A name no object can have finds nothing, as the search found nothing,
    and raises what the list raised where it failed: the fixed code reads a
    name any object may have in its place, never the name itself (an empty
    one would turn the read URL into the list URL).  (Code that builds the
    name it searches for, ``f"{name}-0"``, may still read the name it
    built.)"""
    api = check(case, state, name)
    assert [kwargs["name"] for verb, kwargs in api.calls if verb == "read"] == [
        kwargs["name"]
        for verb, kwargs in api.calls
        if verb == "read" and is_possible_name(kwargs["name"])
    ]


def lists_left(fixed: str) -> bool:
    """Whether fixed code still calls a list method without narrowing it by
    name (a list that is no lookup: counted, reported)."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr.startswith("list_")
        and not any(k.arg == "field_selector" for k in node.keywords)
        for node in ast.walk(ast.parse(fixed))
    )


@pytest.mark.parametrize("case", RUNNABLE, ids=lambda c: c.name)
def test_selector_syntax_in_a_name(case: Case) -> None:
    """Commas and equals signs in a name are escaped in a field selector."""
    check(case, STATES[0], "a,metadata.name=b\\")


def test_read_carries_what_the_list_was_told() -> None:
    case = next(c for c in RUNNABLE if c.id == "loop_carries_options")
    api = check(case, STATES[0], TARGET)
    assert api.calls == [
        (
            "read",
            {"name": TARGET, "namespace": NAMESPACE, "pretty": "true", "_request_timeout": (3, 30)},
        )
    ]
