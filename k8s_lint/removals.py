"""What a fix deletes, and the comments it keeps, moves or drops.

A read fix deletes the assignments that led the list to the search
(``removals``), with the blank lines that would pile up where they were.
The comments in the code a fix replaces or deletes go where the docs'
"Comments and blank lines" (docs/fix-safety.md) says (``kept_comments``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from .fixes import Edit, FixContext

# Comments that direct a tool at the line they are on: suppressions of
# flake8, ruff, mypy, pyright, pylint and bandit, coverage's pragma, black's
# and isort's switches. Moved, they would apply to other code or to none, so
# a fix drops them with the code they applied to.
PRAGMA = re.compile(
    r"#\s*(?:(?i:noqa)\b|type:|pyright:|pyre-|mypy:|pragma:|pylint:|fmt:|yapf:|isort:|ruff:"
    r"|flake8:|nosec\b)"
)


def removals(context: FixContext, statements: Sequence[ast.stmt]) -> list[Edit] | None:
    """Delete whole-line statements, and the blank lines that would pile
    up where they were; None if one shares its line with other code.

    Where a statement goes, the blank lines above and below it become
    one run: the run that was there at the start or end of its block (no
    blank line appears under a ``def`` or before a dedent), else the
    longer of the two (never their sum, which pycodestyle's E303 flags).
    """
    source, text = context.source, context.source.text
    removed: set[int] = set()  # 0-based numbers of the lines to delete
    for statement in statements:
        start, end = source.start(statement), source.end(statement)
        rest = text[end : context.line_end(end)].strip()
        if text[source.line_start(start) : start].strip() or (rest and not rest.startswith("#")):
            return None
        removed.update(range(statement.lineno - 1, statement.end_lineno or statement.lineno))
    starts = source.line_starts
    count = len(starts) - (starts[-1] == len(text) and len(starts) > 1)

    def blank(number: int) -> bool:
        return number not in removed and not _line(context, number).strip()

    edits: list[Edit] = []
    done: set[int] = set()
    for line in sorted(removed):
        if line in done:
            continue
        first, last = line, line
        while first > 0 and (first - 1 in removed or blank(first - 1)):
            first -= 1
        while last + 1 < count and (last + 1 in removed or blank(last + 1)):
            last += 1
        done.update(range(first, last + 1))
        runs: list[list[int]] = [[]]  # the blank lines between deleted ones
        for number in range(first, last + 1):
            if number in removed:
                runs.append([])
            else:
                runs[-1].append(number)
        if first == 0 or _width(context, first - 1) < _width(context, line):
            kept = runs[0]  # the file or the block starts here
        elif last + 1 == count or _width(context, last + 1) < _width(context, line):
            kept = runs[-1]  # the block ends here
        else:
            kept = max(runs, key=len)
        end = starts[last + 1] if last + 1 < len(starts) else len(text)
        edits.append(Edit(starts[first], end, "".join(_line(context, n) for n in kept)))
    return edits


def _line(context: FixContext, number: int) -> str:
    """Line ``number`` (0-based), with its newline."""
    starts = context.source.line_starts
    end = starts[number + 1] if number + 1 < len(starts) else len(context.source.text)
    return context.source.text[starts[number] : end]


def _width(context: FixContext, number: int) -> int:
    """The indentation of line ``number`` (0-based), in columns."""
    line = _line(context, number).expandtabs()
    return len(line) - len(line.lstrip())


def kept_comments(
    context: FixContext,
    edits: list[Edit],
    kept: list[ast.AST],
    site: ast.AST,
    gone: list[tuple[int, int]],
) -> list[Edit] | None:
    """Edits that put the comments the ``edits`` displace where the
    docs' "Comments and blank lines" (docs/fix-safety.md) says.

    A comment inside the replaced code moves onto its own line above the
    statement holding ``site`` (same indentation, same order), unless it
    is a trailing comment on code the fix deletes (a statement in the
    ``gone`` spans, not an expression in ``kept``), which goes with that
    code; a pragma never moves (prose before it in the same comment
    does). A comment after the new code stays if code of its line stays,
    and goes with its line otherwise. None when comments must move but
    the statement does not start its line.
    """
    source, text = context.source, context.source.text
    # How far each edit reaches: to a comment after its last line's code.
    reach = [(e.start, e.end, _trailing_end(context, e.end)) for e in edits]
    if not any("#" in text[s:r] for s, _, r in reach):
        return []  # no comment is displaced: skip tokenizing the file
    kept_spans = [(source.start(n), source.end(n)) for n in kept]
    moved: list[str] = []
    result: list[Edit] = []
    for offset, comment in source.comments:
        if any(s <= offset < e for s, e in kept_spans):
            continue  # copied with the code it is in
        after = next((e for _, e, r in reach if e <= offset < r), None)
        if after is not None:
            if _describes_gone(context, offset, kept_spans, gone):
                result.append(Edit(after, offset + len(comment), ""))
            continue
        if not any(s <= offset < e for s, e, _ in reach):
            continue
        own_line = not text[source.line_start(offset) : offset].strip()
        if not own_line and _describes_gone(context, offset, kept_spans, gone):
            continue  # deleted with its code
        pragma = PRAGMA.search(comment)
        if pragma is not None:  # what comes before it, in the same comment, moves
            comment = comment[: pragma.start()].rstrip()
        if comment:
            moved.append(comment)
    if not moved:
        return result
    statement = site
    while not isinstance(statement, ast.stmt):
        statement = context.parents[statement]
    anchor = source.start(statement)
    at = source.line_start(anchor)
    indent = text[at:anchor]
    if indent.strip():
        return None
    newline = source.newline
    result.append(Edit(at, at, "".join(f"{indent}{c}{newline}" for c in moved)))
    return result


def _trailing_end(context: FixContext, offset: int) -> int:
    """The end of a comment that follows ``offset`` on a line that has
    code before it, else ``offset``."""
    text = context.source.text
    if not text[context.source.line_start(offset) : offset].strip():
        return offset
    end = context.line_end(offset)
    return end if text[offset:end].lstrip().startswith("#") else offset


def _describes_gone(
    context: FixContext, offset: int, kept_spans: list[tuple[int, int]], gone: list[tuple[int, int]]
) -> bool:
    """Whether the trailing comment at ``offset`` is about code the fix
    deletes: all the code before it on its line is in ``gone`` statements,
    and it does not follow an expression the new code keeps (an argument,
    with its comma)."""
    text = context.source.text
    start = context.source.line_start(offset)
    code = text[start:offset].rstrip()
    if any(e == start + len(code.removesuffix(",").rstrip()) for _, e in kept_spans):
        return False
    return all(
        any(s <= i < e for s, e in gone)
        for i in range(start, start + len(code))
        if not text[i].isspace()
    )
