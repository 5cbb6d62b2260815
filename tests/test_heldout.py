"""The held-out cases (tests/heldout/, see the README there) run against the fake cluster.

Each lookup (`# expect: KUB001 fixed`) has a hand-written `<case>.fixed.py`:
its `lookup` must give the same return value or exception as the original in
every cluster state of the corpus harness (and for odd names), and must no
longer list the whole namespace: it reads by name, or lists narrowed by a
`metadata.name` field selector.  Each trap (`# expect: clean`) only has to
run.  The analysis is not involved here: this proves that the labels are
honest, i.e. that an equivalent rewrite exists for every lookup.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from corpus_format import FIXED_SUFFIX, Case, load_case
from fake_api import NAMESPACE, STATES, TARGET, AsyncFakeApi, FakeApi, State, outcome, same_outcome
from test_corpus import load, plain_lists

HELDOUT = Path(__file__).parent / "heldout"

CASES = [
    load_case(path) for path in sorted(HELDOUT.glob("*.py")) if not path.name.endswith(FIXED_SUFFIX)
]
LOOKUPS = [c for c in CASES if c.expect]
TRAPS = [c for c in CASES if not c.expect]

# Names the corpus harness also tries: selector syntax, names no object can
# have, a name of another type, and one that differs only in case.
ODD_NAMES = ["a,metadata.name=b\\", "", ".", "..", "a/b", "50%", None, 42, TARGET.upper()]


def ids(case: Case) -> str:
    return case.id


def test_the_set_is_there() -> None:
    assert len(LOOKUPS) >= 30
    assert len(TRAPS) >= 10
    for case in CASES:
        assert {(e.code, e.status) for e in case.expect} <= {("KUB001", "fixed")}, case.id
        assert (case.fixed is not None) == bool(case.expect), case.id
        assert case.fixed is None or case.fixed.startswith(case.header), case.id


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize("case", LOOKUPS, ids=ids)
def test_fix_is_equivalent(case: Case, state: State) -> None:
    assert case.fixed is not None
    api = same_outcome(load(case.source), load(case.fixed), state, NAMESPACE, TARGET)
    # The hand fix reads by name or lists narrowed to the name, never the whole namespace.
    assert plain_lists(api) == 0, api.calls
    assert api.calls, "the fixed code made no call at all"


@pytest.mark.parametrize("name", ODD_NAMES, ids=repr)
@pytest.mark.parametrize("case", LOOKUPS, ids=ids)
def test_fix_is_equivalent_for_odd_names(case: Case, name: object) -> None:
    assert case.fixed is not None
    same_outcome(load(case.source), load(case.fixed), STATES[0], NAMESPACE, name)


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize("case", TRAPS, ids=ids)
def test_trap_runs(case: Case, state: State) -> None:
    before = load(case.source)
    api = AsyncFakeApi(state) if asyncio.iscoroutinefunction(before) else FakeApi(state)
    result = outcome(before, api, NAMESPACE, TARGET)
    if result[0] == "raised":
        # Only the API's own errors, from the states that make calls fail.
        _kind, status, _text = result[1]
        assert status in (state.list_error, state.read_error), result
    assert api.calls, "the trap made no call at all"
