"""Navigating the stdlib ``ast``: parents, blocks, scopes and local names."""

from __future__ import annotations

import ast
from typing import TypeGuard

Parents = dict[ast.AST, ast.AST]


def parents_of(tree: ast.AST) -> Parents:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def statement_list(stmt: ast.AST, parents: Parents) -> list[ast.stmt]:
    """The list of statements (a body, orelse, ...) that holds ``stmt``."""
    parent = parents[stmt]
    for field in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and stmt in block:
            return block
    raise ValueError("statement not found in its parent")


def scope_of(node: ast.AST, parents: Parents) -> ast.AST:
    """The function (or module) whose local names ``node`` sees."""
    while not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
        node = parents[node]
    return node


def is_local_binding(node: ast.AST | None, value: ast.AST | None) -> TypeGuard[ast.Assign]:
    """Whether ``node`` is ``name = value`` with a single plain name."""
    return (
        isinstance(node, ast.Assign)
        and node.value is value
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    )


def references(binding: ast.Assign, parents: Parents) -> list[ast.Name | ast.Global | ast.Nonlocal]:
    """Every other mention of the bound name in its scope (nested ones too)."""
    target = binding.targets[0]
    assert isinstance(target, ast.Name)
    found: list[ast.Name | ast.Global | ast.Nonlocal] = []
    for node in ast.walk(scope_of(binding, parents)):
        if isinstance(node, ast.Name):
            if node.id == target.id and node is not target:
                found.append(node)
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and target.id in node.names:
            found.append(node)
    return found


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
