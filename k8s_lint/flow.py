"""File-local data flow: where a list result goes, and whether it may move.

Deliberately simple, pyflakes-style: one local name, assigned once, used
once in the same function.  Anything more ambiguous is not followed.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from .bindings import bound_name
from .searches import Search, defining_scope, is_plain
from .tree import (
    Binding,
    Parents,
    is_local_binding,
    scope_of,
    statement_list,
    through_copies,
)
from .wrappers import lift, lift_response

Use = ast.expr | ast.stmt


def _is_items_key(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == "items"


def items_uses(
    value: ast.AST, parents: Parents, dict_items: bool, shadowed: frozenset[str] = frozenset()
) -> tuple[list[Use], list[Binding]]:
    """The nodes that evaluate to the list's items, and the local bindings on
    the way, outermost first.

    ``value.items`` inline, or through locals: ``jobs = value`` then
    ``jobs.items``, ``jobs = value.items`` then ``jobs``, or both (``jobs =
    value``, ``items = jobs.items``, then ``items``); at each step through
    the wrappers that keep membership (``sorted(...)``, ``list(...)``, ``or
    []``: see ``wrappers``, whose rows for the ``shadowed`` names are off).
    Other mentions of a local come along, so that the caller can tell whether
    the list is used for anything besides the search.
    """
    bindings: list[Binding] = []
    items = items_node(parents.get(value), value, parents, dict_items)
    if items is None:
        parent = parents.get(value)
        if not is_local_binding(parent, value):
            return [], []
        dropped: list[Use] = []
        while True:
            bindings.append(parent)
            # ``del resp`` only drops the response: the search is followed past
            # it (and it stays among the uses, so the binding is not removed).
            copies, refs = through_copies(parent, parents)  # ``jobs = response``
            bindings.extend(copies)
            dropped.extend(r for r in refs if _deleted(r))
            refs = [r for r in refs if not _deleted(r)]
            # ``cast(T, resp).items``: a cast hands the response on.
            lifted = [
                lift_response(r, parents, shadowed) if isinstance(r, ast.Name) else r for r in refs
            ]
            # ``jobs = cast(T, resp)``: on to where the cast's value goes.
            if len(lifted) != 1 or lifted[0] is refs[0]:
                break
            parent = parents.get(lifted[0])
            if not is_local_binding(parent, lifted[0]):
                break
        found = [items_node(parents.get(r), r, parents, dict_items) for r in lifted]
        if len(refs) != 1 or found[0] is None:
            # The response read for more than its items (a page's continue
            # token): its items are followed all the same.
            kept: list[Use] = []
            for f, r in zip(found, refs, strict=True):
                if f is None:
                    kept.append(r)
                    continue
                followed, held = held_items(lift(f, parents, shadowed), parents, shadowed)
                kept.extend(followed)
                bindings.extend(held)
            return [*kept, *dropped], bindings
        items = found[0]
    else:
        dropped = []
    followed, held = held_items(lift(items, parents, shadowed), parents, shadowed)
    return [*followed, *dropped], [*bindings, *held]


def held_items(
    items: ast.expr, parents: Parents, shadowed: frozenset[str]
) -> tuple[list[Use], list[Binding]]:
    """Where the items go through the locals holding them (``jobs = items``,
    ``pods = list(jobs)``): the uses, and the bindings on the way."""
    bindings: list[Binding] = []
    while is_local_binding(holder := parents.get(items), items):
        bindings.append(holder)
        copies, reads = through_copies(holder, parents)  # ``jobs = items``
        bindings.extend(copies)
        held: list[Use] = [
            lift(r, parents, shadowed) if isinstance(r, ast.Name) else r for r in reads
        ]
        if len(held) != 1 or held[0] is reads[0] or not isinstance(held[0], ast.expr):
            return held, bindings
        # The local's one read is wrapped (``pods = list(items)``): on to
        # where the wrapper's value goes.
        items = held[0]
    return [items], bindings


def _deleted(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and isinstance(node.ctx, ast.Del)


def items_node(
    node: ast.AST | None, value: ast.AST, parents: Parents, dict_items: bool
) -> ast.expr | None:
    """The expression reading ``value``'s items, given ``value``'s parent."""
    if not dict_items:
        if isinstance(node, ast.Attribute) and node.attr == "items" and node.value is value:
            return node
        return None
    if isinstance(node, ast.Subscript) and node.value is value and _is_items_key(node.slice):
        return node
    if isinstance(node, ast.Attribute) and node.attr == "get" and node.value is value:
        call = parents.get(node)
        if (
            isinstance(call, ast.Call)
            and call.func is node
            and not call.keywords
            and 1 <= len(call.args) <= 2
            and _is_items_key(call.args[0])
        ):
            return call
    return None


def items_base(node: ast.AST) -> ast.expr | None:
    """``x`` where ``node`` reads a list's items: ``x.items``, ``x["items"]``
    or ``x.get("items"[, default])``."""
    if isinstance(node, ast.Attribute) and node.attr == "items":
        return node.value
    if isinstance(node, ast.Subscript) and _is_items_key(node.slice):
        return node.value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and node.args
        and _is_items_key(node.args[0])
    ):
        return node.func.value
    return None


def binding_blocker(
    binding: Binding, search: Search, parents: Parents, removed: list[Binding]
) -> str | None:
    """Why the value of ``binding`` (a list call, its items or a view of
    them) cannot move from that assignment into the search; ``removed``
    assignments go away with the fix."""
    statement, reason = statement_in_block(binding, search.first, parents)
    if reason is not None:
        return reason
    assert statement is not None
    if not runs_first(search.first, statement, parents):
        return "the search does not always run right after the list call"
    if not inert_between(binding, statement, parents, removed):
        return "code between the list call and the search could change its result"
    return None


def inert_between(
    binding: Binding, statement: ast.stmt, parents: Parents, removed: Sequence[ast.stmt] = ()
) -> bool:
    """Whether the statements between ``binding`` and ``statement`` (later
    in its block) but the ``removed`` ones are inert: none could change what
    the bound value reads."""
    assert binding.value is not None  # a local binding has a value
    inputs = {n.id for n in ast.walk(binding.value) if isinstance(n, ast.Name)}
    block = statement_list(binding, parents)
    between = block[block.index(binding) + 1 : block.index(statement)]
    return all(inert(stmt, inputs) for stmt in between if stmt not in removed)


def statement_in_block(
    binding: ast.stmt, node: ast.AST, parents: Parents
) -> tuple[ast.stmt | None, str | None]:
    """The statement after ``binding`` in its block that contains ``node``."""
    if isinstance(scope_of(binding, parents), ast.Module):
        return None, "the list is kept in a module-level variable"
    if isinstance(defining_scope(binding, parents), ast.ClassDef):
        return None, "the list is kept in a class attribute, visible after the class body"
    block = statement_list(binding, parents)
    statement: ast.AST = node
    while statement not in block:
        parent = parents.get(statement)
        if parent is None or isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None, "the list call and the search are in different blocks"
        statement = parent
    assert isinstance(statement, ast.stmt)
    if block.index(statement) < block.index(binding):
        return None, "the search comes before the list call"
    return statement, None


def runs_first(node: ast.AST, statement: ast.stmt, parents: Parents) -> bool:
    """Whether ``node`` is evaluated every time ``statement`` runs, before any
    other code of it that could branch away (so a list call can move there)."""
    if node is statement:
        return True
    header: list[ast.AST]
    if isinstance(statement, ast.If):  # not While: its test runs again and again
        # (Nor an assert's test: under python -O it does not run, and a list
        # moved into it would no longer raise its API errors.)
        header = [statement.test]
    elif isinstance(statement, ast.For):
        header = [statement.iter]
    elif isinstance(statement, (ast.Return, ast.Expr, ast.Assign, ast.AnnAssign)):
        header = [statement.value] if statement.value is not None else []
    else:
        return False
    while node not in header:
        if node is statement:  # inside the statement's body, not its header
            return False
        parent = parents[node]
        if isinstance(parent, (ast.BoolOp, ast.IfExp)) and node is not _first_evaluated(parent):
            return False
        if any(_has_effects(sibling) for sibling in _evaluated_before(node, parent)):
            return False
        if isinstance(
            parent, (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)
        ):
            return False
        if isinstance(parent, ast.comprehension) and node is not parent.iter:
            return False
        node = parent
    return True


def _evaluated_before(node: ast.AST, parent: ast.AST) -> list[ast.AST]:
    """The parts of ``parent`` Python evaluates before ``node``: by source
    order, which is evaluation order for the expressions searches sit in,
    except that a call evaluates every positional argument (``*args`` too)
    before any keyword's value."""
    if isinstance(node, ast.keyword) and isinstance(parent, ast.Call):
        earlier = parent.keywords[: parent.keywords.index(node)]
        return [parent.func, *parent.args, *(k.value for k in earlier)]
    start = (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
    return [
        child
        for child in ast.iter_child_nodes(parent)
        if child is not node
        and isinstance(child, ast.expr)
        and (child.lineno, child.col_offset) < start
    ]


def _has_effects(node: ast.AST) -> bool:
    return any(
        isinstance(n, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr))
        for n in ast.walk(node)
    )


def _first_evaluated(node: ast.BoolOp | ast.IfExp) -> ast.AST:
    return node.values[0] if isinstance(node, ast.BoolOp) else node.test


def inert(statement: ast.stmt, inputs: set[str]) -> bool:
    """A statement a list call can move past: it cannot change what the list
    returns, nor raise (which would now come before the API call's errors):
    plain names, constants and attribute reads, no calls or subscripts, no
    control flow, no rebinding of the call's names."""
    if isinstance(statement, ast.Pass):
        return True
    if not isinstance(statement, (ast.Assign, ast.AnnAssign)) or statement.value is None:
        return False
    if not is_plain(statement.value):
        return False
    for node in ast.walk(statement):
        if isinstance(
            node, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.Lambda)
        ):
            return False
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in inputs:
            return False
        if isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.ctx, ast.Store):
            return False
    return True


def rebinds(nodes: Sequence[ast.AST], names: set[str]) -> bool:
    """Whether code under any of the nodes may bind one of ``names``: an
    assignment, a lambda or function parameter, a ``match`` capture, an
    ``except ... as``, an import, or a nested scope's declarations."""
    for statement in nodes:
        for node in ast.walk(statement):
            if bound_name(node) in names:
                return True
            if isinstance(node, (ast.Global, ast.Nonlocal, ast.FunctionDef, ast.ClassDef)):
                return True
    return False
