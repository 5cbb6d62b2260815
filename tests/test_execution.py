"""Code before and after the fix behaves the same in every cluster state.

Each fixed case runs against the fake API (every API class, custom objects,
the dynamic client, sync or async) in every state: present, absent, empty
namespace, present in another namespace only, label mismatch, read 403, read
500, and 403/500 on every call.  Return values must be equal and exceptions
of the same type and status.  The one difference the fix may make is the
RBAC verb: where only the read is refused, the fixed code raises that error
(it never turns into "absent").
"""

from __future__ import annotations

from typing import Any

import pytest
from fake_api import NAMESPACE, STATES, TARGET, FakeApi, State, same_outcome
from family_cases import ALL_FIXED, Fixed

from k8s_lint.engine import fix_text


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<case>", "exec"), namespace)
    return namespace["lookup"]


def check(case: Fixed, state: State, name: object) -> FakeApi:
    before, after = load(case.before), load(fix_text(case.before).text)
    return same_outcome(before, after, state, NAMESPACE, name)


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.id)
@pytest.mark.parametrize("case", ALL_FIXED, ids=lambda c: c.id)
def test_same_outcome(case: Fixed, state: State) -> None:
    api = check(case, state, TARGET)
    verbs = {verb for verb, _ in api.calls}
    if case.code == "KUB005":
        assert verbs == {"list"}
        assert all("metadata.name=" in kwargs["field_selector"] for _, kwargs in api.calls)
    else:
        assert verbs == {"read"}


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "50%", None, 42])
@pytest.mark.parametrize("case", ALL_FIXED, ids=lambda c: c.id)
def test_impossible_names(case: Fixed, name: object) -> None:
    """A name no object can have finds nothing, as the search found nothing,
    without a read: an empty name would turn the read URL into the list URL."""
    api = check(case, STATES[0], name)
    assert {verb for verb, _ in api.calls} <= {"list"}


@pytest.mark.parametrize("case", ALL_FIXED, ids=lambda c: c.id)
def test_selector_syntax_in_a_name(case: Fixed) -> None:
    """Commas and equals signs in a name are escaped in a field selector."""
    check(case, STATES[0], "a,metadata.name=b\\")


def test_read_carries_what_the_list_was_told() -> None:
    case = next(c for c in ALL_FIXED if c.id == "loop-carries-options")
    api = check(case, STATES[0], TARGET)
    assert api.calls == [
        (
            "read",
            {"name": TARGET, "namespace": NAMESPACE, "pretty": "true", "_request_timeout": (3, 30)},
        )
    ]
