"""Property-based proof of equivalence (hypothesis).

Programs are generated from the supported shapes with random names, kinds,
formatting, comments, keyword or positional arguments and nesting (module
function, method, nested function), and run against random cluster states
(which objects exist in which namespaces, which calls fail with 403/500).
For each: the shape is flagged; the fix compiles; the fixed file is clean or
says why not; before and after give the same result or exception; the fixed
code reads instead of listing.

CI runs 500 examples; set K8S_LINT_EXAMPLES for more.  A failing example is
kept as an @example below.
"""

from __future__ import annotations

import os
import textwrap
from typing import Any

from fake_api import FakeApi, State, Stored, same_outcome
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from k8s_lint.engine import fix_text, lint_text
from k8s_lint.runtime import _is_possible_name

EXAMPLES = int(os.environ.get("K8S_LINT_EXAMPLES", "500"))
KINDS = ["job", "pod", "config_map", "secret", "deployment", "service", "stateful_set"]
NAMES = ["name", "wanted", "job_name", "target", "n", "key"]
APIS = ["api", "batch", "client", "core", "k8s"]
NAMESPACES = ["namespace", "ns", "where"]
ITEMS = ["j", "item", "obj", "o", "x"]

# Each shape: the search over {items}, with {item}, {name} and a place for a
# comment; "{call}" is the list call's items. Bodies are the function body.
SHAPES = {
    "any": "return any({item}.metadata.name == {name} for {item} in {items}){comment}",
    "any-reversed": "return any({name} == {item}.metadata.name for {item} in {items})",
    "not-any": "if not any({item}.metadata.name == {name} for {item} in {items}):\n"
    "    return 'missing'\nreturn 'present'",
    "loop-bool": "for {item} in {items}:{comment}\n    if {item}.metadata.name == {name}:\n"
    "        return True\nreturn False",
    "loop-item": "for {item} in {items}:\n    if {item}.metadata.name == {name}:\n"
    "        return {item}\nreturn None",
    "for-else": "for {item} in {items}:\n    if {item}.metadata.name == {name}:\n"
    "        return True\nelse:\n    return False",
    "flag": "found = None\nfor {item} in {items}:\n    if {item}.metadata.name == {name}:\n"
    "        found = {item}\n        break\nreturn found",
    "filter-truth": "if [{item} for {item} in {items} if {item}.metadata.name == {name}]:\n"
    "    return 1\nreturn 0",
    "len-eq-0": "return len([{item} for {item} in {items} if {item}.metadata.name == {name}]) == 0",
    "index": "return [{item} for {item} in {items} if {item}.metadata.name == {name}][0]",
    "next-none": "return next(({item} for {item} in {items} if {item}.metadata.name == {name}),"
    " None)",
    "next-raise": "return next({item} for {item} in {items} if {item}.metadata.name == {name})",
    "in-names": "return {name} in [{item}.metadata.name for {item} in {items}]",
    "not-in-set": "return {name} not in {{{item}.metadata.name for {item} in {items}}}",
    "dict-get": "return {{{item}.metadata.name: {item} for {item} in {items}}}.get({name})",
    "filter-next": "return next(filter(lambda {item}: {item}.metadata.name == {name}, {items}),"
    " None)",
}


@st.composite
def programs(draw: st.DrawFn) -> tuple[str, str]:
    """(source defining lookup(api, namespace, name), shape id)."""
    shape = draw(st.sampled_from(sorted(SHAPES)))
    kind = draw(st.sampled_from(KINDS))
    api, ns, name, item = (draw(st.sampled_from(pool)) for pool in (APIS, NAMESPACES, NAMES, ITEMS))
    keyword = draw(st.booleans())
    options = draw(st.sampled_from(["", ", pretty='true'", ", _request_timeout=30"]))
    spaced = draw(st.booleans())
    args = f"namespace={ns}{options}" if keyword else f"{ns}{options}"
    if spaced:
        args = f"\n    {args}\n"
    call = f"{api}.list_namespaced_{kind}({args})"
    through_local = draw(st.booleans())
    comment = draw(st.sampled_from(["", "  # look it up"]))
    body = SHAPES[shape].format(
        items="listed" if through_local else f"{call}.items", item=item, name=name, comment=comment
    )
    if through_local:
        body = f"listed = {call}.items  # every object\n" + body
    body = textwrap.indent(body, "    ")
    nesting = draw(st.sampled_from(["function", "method", "nested"]))
    signature = f"({api}, {ns}, {name})"
    if nesting == "function":
        source = f"def lookup{signature}:\n{body}\n"
    elif nesting == "method":
        source = (
            f"class Finder:\n    def find(self, {api}, {ns}, {name}):\n"
            f"{textwrap.indent(body, '    ')}\n\n\n"
            f"def lookup{signature}:\n    return Finder().find({api}, {ns}, {name})\n"
        )
    else:
        source = (
            f"def lookup{signature}:\n    def inner():\n{textwrap.indent(body, '    ')}\n\n"
            "    return inner()\n"
        )
    return source, shape


states = st.builds(
    State,
    id=st.just("generated"),
    objects=st.lists(
        st.builds(
            Stored,
            namespace=st.sampled_from(["jobs", "other"]),
            name=st.sampled_from(["etl-1", "etl-2", "report"]),
            labels=st.just({}),
        ),
        max_size=4,
        unique_by=lambda o: (o.namespace, o.name),
    ),
    list_error=st.sampled_from([None, None, None, 403, 500]),
    read_error=st.sampled_from([None, None, None, 403, 500]),
).map(lambda s: s if s.list_error is None else s._replace(read_error=s.list_error))


def load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<generated>", "exec"), namespace)
    return namespace["lookup"]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(program=programs(), state=states, wanted=st.sampled_from(["etl-1", "etl-9", ""]))
@example(
    program=("def lookup(api, ns, n):\n    return any(j.metadata.name == n for j in "
             "api.list_namespaced_job(ns).items)\n", "any"),
    state=State("generated", [Stored("jobs", "etl-1", {})]),
    wanted="etl-1",
)  # fmt: skip
def test_every_generated_lookup_is_fixed_equivalently(
    program: tuple[str, str], state: State, wanted: str
) -> None:
    source, shape = program
    findings = lint_text(source)
    assert len(findings) == 1, (shape, source)
    result = fix_text(source)
    compile(result.text, "<fixed>", "exec")
    for left in result.remaining:
        assert left.reason or left.unsafe, (shape, source, left.message)
    if not result.changed:
        return
    assert lint_text(result.text) == [], result.text
    if not _is_possible_name(wanted):
        # The one documented difference (docs/fix-safety.md): a name no object
        # can have is answered "absent" without an API call, so a list that
        # would have failed (403/500) no longer gets the chance.
        state = state._replace(list_error=None, read_error=None)
    api: FakeApi = same_outcome(load(source), load(result.text), state, "jobs", wanted)
    assert all(verb == "read" for verb, _ in api.calls), (shape, result.text)
