"""Add ``from k8s_lint.runtime import ...`` to a module's top import block."""

from __future__ import annotations

import ast

from .fixes import RUNTIME_ALIAS, Edit, is_helper_import
from .source import Source


def imported_helpers(tree: ast.Module, helper_module: str) -> set[str]:
    """Helper names (or the ``k8s_runtime`` alias) the module already imports
    at top level."""
    return {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
        if is_helper_import(node, alias, helper_module)
    }


def import_edit(
    source: Source, tree: ast.Module, helpers: set[str], helper_module: str
) -> Edit | None:
    """An edit importing the helpers the module lacks, or None.

    The line goes after the first run of imports (after the docstring and
    ``__future__`` imports); without imports, after the docstring, or before
    the first statement so that a shebang or licence header stays on top.
    """
    missing = sorted(helpers - imported_helpers(tree, helper_module))
    if not missing:
        return None
    newline = source.newline
    names = [m for m in missing if m != RUNTIME_ALIAS]
    line = f"from {helper_module} import {', '.join(names)}{newline}" if names else ""
    if RUNTIME_ALIAS in missing:
        line += f"import {helper_module} as {RUNTIME_ALIAS}{newline}"
    body = tree.body
    index = 1 if body and _is_docstring(body[0]) else 0
    run_end = index
    while run_end < len(body) and isinstance(body[run_end], (ast.Import, ast.ImportFrom)):
        run_end += 1
    if run_end > index or index == 1:
        offset = _after_line(source, body[run_end - 1])
        if run_end == index:  # only a docstring: keep a blank line under it
            line = newline + line
        if offset == len(source.text) and not source.text.endswith(("\n", "\r")):
            line = newline + line
        return Edit(offset, offset, line)
    first = body[0]
    decorators = getattr(first, "decorator_list", [])
    start_line = min([first.lineno, *(d.lineno for d in decorators)])
    offset = source.line_starts[start_line - 1]
    gap = (
        newline * 2
        if isinstance(first, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        else ""
    )
    return Edit(offset, offset, line + gap)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _after_line(source: Source, node: ast.stmt) -> int:
    """Offset of the start of the line after ``node`` ends."""
    end_line = node.end_lineno or node.lineno
    if end_line < len(source.line_starts):
        return source.line_starts[end_line]
    return len(source.text)
