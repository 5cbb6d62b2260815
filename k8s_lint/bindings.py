"""What binds a name, and which builtins run a generator at once: the
syntax facts that both the tree helpers and reaching definitions read."""

from __future__ import annotations

import ast

# Builtins that consume a generator expression passed to them before they
# return: its lazy parts then run at the call, like a list comprehension's.
CONSUMERS = frozenset(
    {"all", "any", "dict", "frozenset", "list", "max", "min", "next", "set", "sorted", "sum",
     "tuple"}
)  # fmt: skip


def bound_name(node: ast.AST) -> str | None:
    """The name a node binds in its scope, if it binds one: an assignment
    target, a def or class, a parameter, an import, an ``except ... as``, a
    ``match`` capture."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return node.id
    if isinstance(node, ast.arg):
        return node.arg
    if isinstance(node, ast.alias):
        return node.asname or node.name.split(".")[0]
    if isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)):
        return node.name
    if isinstance(node, ast.MatchMapping):
        return node.rest
    return None


# The node types that can bind a name (bound_name's cases).
BINDERS = frozenset(
    {
        ast.FunctionDef,
        ast.AsyncFunctionDef,
        ast.ClassDef,
        ast.Name,
        ast.arg,
        ast.alias,
        ast.ExceptHandler,
        ast.MatchAs,
        ast.MatchStar,
        ast.MatchMapping,
    }
)
