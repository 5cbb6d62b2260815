"""Lay out the statements a fix writes as black and ruff format lay them out.

A fix writes its text on one line; ``laid_out`` finds the statements (or
compound statement headers) its edits change and has ``layout`` write each
one whole at the project's line length.  The user's other statements stay as
they are.
"""

from __future__ import annotations

import ast
from bisect import bisect_right

from .fixes import Edit, FixContext
from .layout import Unsupported, layout


def laid_out(context: FixContext, edits: list[Edit], written: list[Edit]) -> list[Edit]:
    """``edits``, with each statement the ``written`` ones change laid
    out as black and ruff format lay it out, whole, at the project's line
    length (``layout``): the edits inside such a statement become one
    that rewrites it.  Users' other statements stay as they are; a
    statement ``layout`` does not handle keeps the edits as they are."""
    regions: list[tuple[int, int]] = []
    for edit in written:
        region = _statement_span(context, edit)
        if region is not None:
            regions.append(region)
    regions.sort()
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    result = list(edits)
    for start, end in merged:
        inside = [
            e
            for e in result
            if start <= e.start
            and e.end <= end
            and not (e.start == e.end == start and e.text.endswith(("\n", "\r")))
        ]
        text = context.source.text[start:end]
        for edit in sorted(inside, key=lambda e: (e.start, e.end), reverse=True):
            text = text[: edit.start - start] + edit.text + text[edit.end - start :]
        indent = context.source.text[context.source.line_start(start) : start]
        try:
            laid = layout(
                text, indent, context.indent_unit, context.line_length, context.source.newline
            )
        except Unsupported:
            continue
        result = [e for e in result if e not in inside]
        result.append(Edit(start, end, laid))
    result.sort(key=lambda e: (e.start, e.end))
    return result


def _statement_span(context: FixContext, edit: Edit) -> tuple[int, int] | None:
    """The statements (or compound statement headers) ``edit`` changes,
    from the first one's start to the end of the last one's logical line
    (its comment included); None where the first does not start its line."""
    touched = [
        (start, end)
        for start, end in _spans_around(context, edit)
        if (start < edit.end and edit.start < end)
        or (edit.start == edit.end and start <= edit.start <= end)
    ]
    if not touched:
        return None
    start = min(edit.start, *(s for s, _ in touched))
    end = max(edit.end, *(e for _, e in touched))
    if context.source.text[context.source.line_start(start) : start].strip():
        return None
    return start, end


def _spans_around(context: FixContext, edit: Edit) -> list[tuple[int, int]]:
    """The logical lines (``_logical_line``) of the statements whose extent
    reaches ``edit``: found by descending into the blocks that hold it, a
    bisection in each, rather than by visiting every statement of the file
    (a fix touches a few lines of it)."""
    source = context.source
    spans = []
    blocks: list[list[ast.stmt]] = [context.tree.body]
    while blocks:
        block = blocks.pop()
        # The statements of a block follow one another: those reaching the
        # edit are the last starting before its end and a few before it.
        at = bisect_right(block, edit.end, key=source.start)
        while at > 0:
            at -= 1
            statement = block[at]
            if context.line_end(source.end(statement)) < edit.start:
                break
            if not isinstance(statement, _DEFINITIONS):  # no fix writes a def or class header
                span = _logical_line(context, statement)
                if span is not None:
                    spans.append(span)
            blocks.extend(_blocks(statement))
    return spans


def _blocks(statement: ast.stmt) -> list[list[ast.stmt]]:
    """The statement lists a compound statement holds."""
    found = [
        block
        for name in ("body", "orelse", "finalbody")
        if isinstance(block := getattr(statement, name, None), list)
    ]
    found += [handler.body for handler in getattr(statement, "handlers", ())]
    found += [case.body for case in getattr(statement, "cases", ())]
    return found


def _logical_line(context: FixContext, node: ast.stmt) -> tuple[int, int] | None:
    """(start, end) of a simple statement or a compound statement's header:
    from its first token to the end of its logical line, the comment after
    it included.  From the tree and the lines, without tokenizing the file
    (tokenizing costs more than the rest of a file's analysis)."""
    source, text = context.source, context.source.text
    start = source.start(node)
    header = _header_end(node)
    if header is None:
        last = source.end(node)
    else:
        # The header ends at its colon, after the last expression it holds
        # (or its keyword): the line holding that colon.
        last = text.find(":", source.end(header) if isinstance(header, ast.AST) else start)
        if last < 0:
            return None
    end = context.line_end(last)
    while end > start and text[end - 1] in " \t\f":
        end -= 1
    return start, end


def _header_end(node: ast.stmt) -> ast.AST | bool | None:
    """For a compound statement, the last expression of its header (True
    where the header is its keyword alone: ``try``, ``else``); None for a
    simple statement.  Its colon comes after it."""
    if isinstance(node, (ast.If, ast.While)):
        return node.test
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return node.iter
    if isinstance(node, (ast.With, ast.AsyncWith)):
        return node.items[-1].optional_vars or node.items[-1].context_expr
    if isinstance(node, ast.Match):
        return node.subject
    if isinstance(node, (ast.Try, ast.TryStar)):
        return True
    return None


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
