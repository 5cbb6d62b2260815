"""``k8s_lint.layout`` lays a statement out as ``ruff format`` does.

The general claim, tested on generated statements: whatever a fix writes
(a read helper's call, the read's items, a list call with a field selector)
in whatever statement it goes (an assignment, a return, a condition, a loop,
an assert, a comprehension, a call's arguments, an operand), at whatever
indentation and line length, in spaces or tabs, and however the user laid
out the statement before (on one line, with a visual indent, with a magic
trailing comma, with a comment after an argument or after the statement),
``layout`` writes what ``ruff format`` writes.  Each statement is laid out
on its own and compared with ruff's formatting of a file holding them all.
"""

from __future__ import annotations

import ast
import io
import itertools
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from k8s_lint.layout import Unsupported, layout

HELPERS = [
    "exists({r}.read_namespaced_job, name={n}, namespace={ns})",
    "read_or_raise(KeyError({n}), {r}.read_namespaced_job, name={n}, namespace={ns})",
]
ITEMS = [
    "items_named({r}.read_namespaced_pod, name={n}, namespace={ns})",
    "await aitems_named({r}.read_namespaced_pod, name={n}, namespace={ns})",
]
LISTS = [
    "{r}.list_namespaced_job({ns}, field_selector=name_selector({n}))",
    '{r}.list_namespaced_job({ns}, label_selector="app=etl", field_selector=name_selector({n}))',
]
# Receiver, name and namespace: short to long, so that statements cross the
# line length at every place.
SPELLINGS = [
    ("api", "name", "namespace"),
    ("self.batch_v1_api", "job_name", '"default"'),
    ("k8s.CoreV1Api()", 'spec["metadata"]["name"]', "self.namespace"),
    ("self.api", 'f"{prefix}-{index}"', "namespace"),
]
# Where a helper's call goes ({H}), where the read's items go ({I}), where a
# list call goes ({L}).
STATEMENTS = [
    "x = {H}",
    "return {H}",
    "if {H}:",
    "if not {H}:",
    "elif {H}:",
    "while not {H}:",
    'assert {H}, "job missing"',
    'assert {H}, f"{{name}} missing in {{namespace}}"',
    "assert ok, {H}",
    "return not {H}",
    "found = bool({H})",
    "found = {H} and other",
    "return {H} or fallback(x)",
    "return other_value and {H} and third_value",
    'log.info("found %s", {H})',
    'result["key"] = {H}',
    'x = "present" if {H} else "absent"',
    "return ({H}) + 1",
    "x = (not {H}) + 1",
    "x: bool = {H}",
    "x += {H}",
    "return {H}, other",
    "return other, {H}",
    "found = something(a, b, {H}, c)",
    'return {{"found": {H}}}',
    "for p in {I}:",
    "async for p in {I}:",
    "x = [p for p in {I} if p.metadata.name == name]",
    "x = {{p.metadata.name: p for p in {I}}}",
    "x = next((p for p in {I} if p.metadata.name == name), None)",
    "x = next(p for p in {I} if p.metadata.name == name)",
    "x = len([p for p in {I} if p.metadata.name == name])",
    "return [p.metadata.name for p in {I}]",
    "x = sorted({I}, key=lambda p: p.metadata.name)",
    'x = cast("list", {I})',
    "return {I}[0]",
    "return sum(1 for d in {I} if d.metadata.name == name)",
    "jobs = {L}",
    "jobs = {L}.items",
    "for j in {L}.items:",
    "return any(j.metadata.name == name for j in {L}.items)",
    "x = [j for j in {L}.items if j.metadata.name == name]",
    "page = await {L}",
]
# A name or literal where a fix left one (``resp.items`` became ``resp``),
# the comment after it perhaps too long for the line.
VALUES = [
    "jobs = {v}",
    "jobs: list = {v}",
    "jobs += {v}",
    "return {v}",
    "del {v}",
    "assert {v}",
    "assert ok, {v}",
    "if {v}:",
    "for job in {v}:",
]
NAMES = ["response", "self.response.items", '"etl-2026-11-25-nightly-report"']
NOTES = ["# the jobs", "# every job of the namespace, listed once for the report"]
# The line lengths and indentations the statements are laid out at, in turn.
STYLES = [(79, "    "), (88, "    "), (100, "    "), (79, "\t")]


def user_layouts(statement: str) -> list[str]:
    """The statement as a user may have laid it out: on one line, with the
    arguments after the first comma under a visual indent, with a comment
    after the first argument, with a magic trailing comma, with a comment
    after it."""
    layouts = [statement]
    depth = 0
    for index, char in enumerate(statement):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth:
            rest = statement[index + 2 :]
            column = statement.rfind("(", 0, index) + 1
            layouts.append(f"{statement[: index + 1]}\n{' ' * (column + 8)}{rest}")
            layouts.append(f"{statement[: index + 1]}  # the first\n{' ' * 12}{rest}")
            break
    closing = statement.rfind(")")
    if statement[closing - 1] not in "(,":
        layouts.append(statement[:closing] + "," + statement[closing:])
    layouts.append(statement + "  # a note")
    return [text for text in layouts if _parses(text)]


def _parses(text: str) -> bool:
    try:
        ast.parse(_module([(text, 1)], "    "))
    except SyntaxError:
        return False
    return True


def _module(statements: list[tuple[str, int]], unit: str) -> str:
    """A module with each statement at its depth, in a function, after what
    it needs (an ``if`` before an ``elif``, a body after a header)."""
    lines = ["async def f():"]
    for text, depth in statements:
        lines.extend(unit * level + f"if c{level}:" for level in range(1, depth))
        indent = unit * depth
        if text.startswith("elif"):
            lines.extend([f"{indent}if other:", f"{indent}{unit}pass"])
        lines.append(indent + text)
        if text.splitlines()[-1].split("  #")[0].endswith(":"):
            lines.append(indent + unit + "pass")
    return "\n".join(lines) + "\n"


def generated() -> list[str]:
    statements = []
    for template, (r, n, ns) in itertools.product(STATEMENTS, SPELLINGS):
        slot = "{H}" if "{H}" in template else "{I}" if "{I}" in template else "{L}"
        kinds = {"{H}": HELPERS, "{I}": ITEMS, "{L}": LISTS}[slot]
        for kind in kinds:
            code = kind.format(r=r, n=n, ns=ns)
            statement = template.replace(slot, code).replace("{{", "{").replace("}}", "}")
            statements.extend(user_layouts(statement))
    for template, name, note in itertools.product(VALUES, NAMES, NOTES):
        statement = f"{template.format(v=name)}  {note}"
        if _parses(statement):  # (no `del` of a literal)
            statements.append(statement)
    return statements


def logical_lines(text: str) -> list[tuple[str, str]]:
    """Each simple statement and compound statement header of ``text`` but
    the function's and the ``if c<n>:`` wrappers: (indentation, text from
    its first token to the end of its logical line)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    ends = [
        starts[t.start[0] - 1] + t.start[1]
        for t in tokenize.generate_tokens(io.StringIO(text).readline)
        if t.type == tokenize.NEWLINE
    ]
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.stmt) or isinstance(node, ast.AsyncFunctionDef | ast.Pass):
            continue
        start = starts[node.lineno - 1] + node.col_offset  # ASCII: bytes are characters
        end = min(e for e in ends if e >= start)
        header = text[start:end]
        if header.startswith("if c") or header.startswith("if other:"):
            continue
        found.append((text[starts[node.lineno - 1] : start], header))
    return found


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    """(statement as written, as layout writes it, as ruff format writes it)."""
    statements = generated()
    depths = itertools.cycle([1, 2, 3])
    styles = itertools.cycle(STYLES)
    groups: dict[tuple[int, str], list[tuple[str, int]]] = {}
    for statement in statements:
        groups.setdefault(next(styles), []).append((statement, next(depths)))
    folder = tmp_path_factory.mktemp("layout")
    result = []
    for number, ((length, unit), items) in enumerate(groups.items()):
        text = _module(items, unit)
        path = folder / f"{number}.py"
        path.write_text(text)
        style = ["--config", "format.indent-style='tab'"] if unit == "\t" else []
        command = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache"]
        run = subprocess.run(
            [*command, "--line-length", str(length), *style, str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        ours, theirs = logical_lines(text), logical_lines(path.read_text())
        assert len(ours) == len(theirs) == len(items)
        for (indent, written), (_, formatted) in zip(ours, theirs, strict=True):
            result.append(
                (written, indent + layout(written, indent, unit, length), indent + formatted)
            )
    return result


def test_statements_are_laid_out_as_ruff_format_lays_them_out(
    compared: list[tuple[str, str, str]],
) -> None:
    assert len(compared) > 1000
    different = [(written, ours, theirs) for written, ours, theirs in compared if ours != theirs]
    assert different[:3] == []


def test_the_comparison_sees_a_difference(tmp_path: Path) -> None:
    """What black writes for an assert ruff writes otherwise: the two are
    told apart (so the comparison above can fail)."""
    text = _module(
        [('assert exists(api.read_namespaced_job, name=name, namespace=namespace), "gone"', 1)],
        "    ",
    )
    path = tmp_path / "a.py"
    path.write_text(text)
    command = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", str(path)]
    subprocess.run([*command, "--line-length", "79"], check=True, capture_output=True)
    ((_, theirs),) = logical_lines(path.read_text())
    black = (
        "assert exists(\n        api.read_namespaced_job, name=name, namespace=namespace\n"
        '    ), "gone"'
    )
    assert theirs != black
    assert theirs == layout(logical_lines(text)[0][1], "    ", "    ", 79)


@pytest.mark.parametrize(
    "text",
    [
        "def f(x=exists(api.read_namespaced_job, name=name, namespace=namespace)):",
        "x = 1; y = exists(api.read_namespaced_job, name=name, namespace=namespace)",
        "x = exists(api.read_namespaced_job, name=name, namespace=namespace)  # fmt: skip",
        "if x: return exists(api.read_namespaced_job, name=name, namespace=namespace)",
        "import os",
    ],
    ids=["def", "semicolon", "fmt-skip", "body-on-the-header-line", "import"],
)
def test_what_it_does_not_lay_out_is_refused(text: str) -> None:
    with pytest.raises(Unsupported):
        layout(text, "", "    ", 20)


def test_a_string_spanning_lines_is_kept() -> None:
    text = (
        'return """\\\nstatus: """ + ("present" if exists(api.read_namespaced_job, name=name,'
        ' namespace=namespace) else "absent")'
    )
    assert layout(text, "    ", "    ", 79) == (
        'return """\\\nstatus: """ + (\n'
        '        "present"\n'
        "        if exists(api.read_namespaced_job, name=name, namespace=namespace)\n"
        '        else "absent"\n'
        "    )"
    )


def test_comments_stay_with_the_code_they_follow() -> None:
    text = (
        "pods = api.list_namespaced_pod(namespace,\n"
        '        label_selector="app=etl",  # the ETL pods only\n'
        "        field_selector=name_selector(name)).items  # narrowed"
    )
    assert layout(text, "    ", "    ", 79) == (
        "pods = api.list_namespaced_pod(\n"
        "        namespace,\n"
        '        label_selector="app=etl",  # the ETL pods only\n'
        "        field_selector=name_selector(name),\n"
        "    ).items  # narrowed"
    )
