"""Which errors of a list call the surrounding code catches and keeps.

A read fails where the list did not: 403 where a role grants ``list`` but not
``get`` (the fix's one intended change), and on its own path for 5xx.  Code
that lets the list's errors propagate shows the read's errors the same way.
Code that catches them and goes on (``except ApiException: return False``:
fail-open webhooks, best-effort cleanups) would silently turn a refused read
into its default answer where the list had answered.  There the fix that keeps
behaviour is the field selector, which keeps the list verb and its errors.
"""

from __future__ import annotations

import ast

from .tree import FUNCTIONS, Parents

# Exception classes a handler may name that catch the client's ApiException
# (kubernetes.client.exceptions.ApiException subclasses OpenApiException,
# which subclasses Exception).
_CATCHING = frozenset({"ApiException", "OpenApiException", "Exception", "BaseException"})


def swallowing_handler(call: ast.AST, parents: Parents) -> ast.ExceptHandler | None:
    """The innermost handler, in the function around ``call``, that catches
    the client's errors raised by ``call`` and can go on without raising;
    None when every such error still ends in an exception."""
    child, node = call, parents.get(call)
    while node is not None and not isinstance(node, FUNCTIONS):
        if isinstance(node, ast.Try | ast.TryStar) and child in node.body:
            for handler in node.handlers:
                if _catches_api_errors(handler.type) and not _re_raises(handler):
                    return handler
        if (
            isinstance(node, ast.With | ast.AsyncWith)
            and child in node.body
            and any(_suppresses_api_errors(item.context_expr) for item in node.items)
        ):
            return _SUPPRESSED
        child, node = node, parents.get(node)
    return None


# Stands for ``with suppress(ApiException):``, which has no handler node.
_SUPPRESSED = ast.ExceptHandler(type=None, name=None, body=[], lineno=0, col_offset=0)


def _catches_api_errors(kind: ast.expr | None) -> bool:
    if kind is None:
        return True  # a bare except
    if isinstance(kind, ast.Tuple):
        return any(_catches_api_errors(k) for k in kind.elts)
    name = kind.attr if isinstance(kind, ast.Attribute) else getattr(kind, "id", None)
    return name in _CATCHING


def _suppresses_api_errors(context: ast.expr) -> bool:
    if not isinstance(context, ast.Call):
        return False
    func = context.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name == "suppress" and any(_catches_api_errors(a) for a in context.args)


def _re_raises(handler: ast.ExceptHandler) -> bool:
    """Whether the handler always ends by raising: what it caught, or an
    error of its own (``raise Unavailable(...) from error``), which still
    surfaces every error of a read instead of answering in its place."""
    if not handler.body:
        return False
    *before, last = handler.body
    return isinstance(last, ast.Raise) and not any(
        isinstance(node, ast.Return | ast.Raise | ast.Break | ast.Continue)
        for statement in before
        for node in ast.walk(statement)
    )
