"""Code before and after the fix behaves the same in every cluster state.

Each fixed case runs against the fake API in every state: present, absent,
empty namespace, missing namespace, present only in another namespace, and
403/500 on every call.  Return values must be equal and exceptions of the
same type (and status); the fixed code must read instead of listing.
"""

from __future__ import annotations

from typing import Any

import pytest
from cases import FIXED, Fixed
from fake_api import NAMESPACE, STATES, TARGET, FakeBatchV1Api, State, outcome

from k8s_lint.engine import fix_text


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<case>", "exec"), namespace)
    return namespace["lookup"]


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.id)
def test_same_outcome(case: Fixed, state: State) -> None:
    before, after = load(case.before), load(fix_text(case.before).text)
    listing, reading = FakeBatchV1Api(state), FakeBatchV1Api(state)
    expected = outcome(before, listing, NAMESPACE, TARGET)
    assert outcome(after, reading, NAMESPACE, TARGET) == expected
    assert {kind for kind, _ in reading.calls} == {"read"}
    # What the list call was told carries over to the read.
    for (_, listed), (_, read) in zip(listing.calls, reading.calls, strict=True):
        assert read == {**listed, "name": TARGET}


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "50%", None, 42])
@pytest.mark.parametrize("case", FIXED, ids=lambda c: c.id)
def test_impossible_names_are_absent_without_a_request(case: Fixed, name: object) -> None:
    """A name no object can have finds nothing, as the search found nothing;
    an empty name must not turn the read URL into the list URL."""
    state = STATES[0]
    expected = outcome(load(case.before), FakeBatchV1Api(state), NAMESPACE, name)
    api = FakeBatchV1Api(state)
    assert outcome(load(fix_text(case.before).text), api, NAMESPACE, name) == expected
    assert api.calls == []
