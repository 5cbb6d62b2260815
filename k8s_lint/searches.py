"""The shapes of "search the listed items for one name", on the stdlib ``ast``.

Each recogniser takes the node that evaluates to the list's items (``<list
call>.items`` or a local holding it) and answers with a :class:`Search` when
its surroundings search those items for one exact name, or ``None`` when they
do anything else (count, delete, report every item, prefix matches, ...).  A
Search says which span to replace and with which helper; when the shape is
recognised but cannot be rewritten it carries the reason instead.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

Parents = dict[ast.AST, ast.AST]


@dataclass(frozen=True)
class Search:
    # Nodes whose span (first's start to last's end) the rewrite replaces.
    first: ast.AST
    last: ast.AST
    # The expression the items are compared with, e.g. ``name``.
    name: ast.expr | None
    # "{call}" is replaced by the helper call: e.g. "not {call}".
    template: str = "{call}"
    helper: str = "exists"
    # Source of the helper's first argument (default or exception), if any.
    leading: str | ast.expr | None = None
    # Set when the search is recognised but cannot be rewritten.
    blocker: str | None = None


def compared_name(test: ast.AST, item: str) -> ast.expr | None:
    """``N`` when ``test`` is ``<item>.metadata.name == N`` (either order).

    N must not depend on the item: ``j.metadata.name == j.spec.x`` is not a
    lookup of one name.
    """
    if not (
        isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
    ):
        return None
    left, right = test.left, test.comparators[0]
    for mine, other in ((left, right), (right, left)):
        if is_item_name(mine, item) and not mentions(other, item):
            return other
    return None


def is_item_name(node: ast.AST, item: str) -> bool:
    """Whether ``node`` is ``<item>.metadata.name``."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "name"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "metadata"
        and isinstance(node.value.value, ast.Name)
        and node.value.value.id == item
    )


def mentions(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def is_pure(node: ast.AST) -> bool:
    """Whether evaluating ``node`` once instead of once per item is invisible.

    Names, constants, attribute and subscript chains of them, f-strings and
    arithmetic; never calls, awaits, walruses or lambdas.
    """
    allowed = (
        ast.Name,
        ast.Constant,
        ast.Attribute,
        ast.Subscript,
        ast.JoinedStr,
        ast.FormattedValue,
        ast.BinOp,
        ast.UnaryOp,
        ast.Tuple,
        ast.Slice,
        ast.Load,
        ast.operator,
        ast.unaryop,
    )
    return all(isinstance(n, allowed) for n in ast.walk(node))


def _is_call_to(node: ast.AST | None, builtin: str) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == builtin
        and not node.keywords
    )


def in_truth_test(node: ast.AST, parents: Parents) -> bool:
    """Whether only the truth value of ``node`` is ever used."""
    parent = parents.get(node)
    if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)):
        return parent.test is node
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
        return True
    if isinstance(parent, ast.comprehension):
        return node in parent.ifs
    if _is_call_to(parent, "bool"):
        return True
    if isinstance(parent, ast.BoolOp):
        return in_truth_test(parent, parents)
    return False


def _len_compared(compare: ast.AST, length: ast.Call) -> tuple[bool, bool] | None:
    """(truth when len is 0, truth when len is 1) for ``len(x) <op> k``."""
    if not (isinstance(compare, ast.Compare) and len(compare.ops) == 1 and compare.left is length):
        return None
    bound = compare.comparators[0]
    if not (isinstance(bound, ast.Constant) and type(bound.value) is int):
        return None
    ops: dict[type[ast.cmpop], Callable[[int, int], bool]] = {
        ast.Eq: int.__eq__,
        ast.NotEq: int.__ne__,
        ast.Gt: int.__gt__,
        ast.GtE: int.__ge__,
        ast.Lt: int.__lt__,
        ast.LtE: int.__le__,
    }
    op = ops.get(type(compare.ops[0]))
    if op is None:
        return None
    return op(0, bound.value), op(1, bound.value)


def _single_generator(comp: ast.AST) -> ast.comprehension | None:
    generators = getattr(comp, "generators", None)
    if (
        not generators
        or len(generators) != 1
        or generators[0].is_async
        or not isinstance(generators[0].target, ast.Name)
    ):
        return None
    return generators[0]  # type: ignore[no-any-return]


def in_comprehension(items: ast.AST, parents: Parents) -> Search | None:
    """any(), next(), filtered list/set comprehensions, ``name in [names]``."""
    generator = parents.get(items)
    if not isinstance(generator, ast.comprehension) or generator.iter is not items:
        return None
    comp = parents.get(generator)
    if not isinstance(comp, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
        return None
    if _single_generator(comp) is not generator:
        return None
    item = generator.target.id  # type: ignore[attr-defined]
    outer = parents.get(comp)

    if not generator.ifs:
        name = compared_name(comp.elt, item)
        if name is not None and isinstance(comp, ast.GeneratorExp):
            if _is_call_to(outer, "any") and len(outer.args) == 1:  # type: ignore[union-attr]
                return Search(outer, outer, name)  # type: ignore[arg-type]
            return None
        if is_item_name(comp.elt, item) and isinstance(outer, ast.Compare):
            return _membership(outer, comp)
        return None

    # A set of the items themselves is no lookup: client models are
    # unhashable, so it raises TypeError as soon as anything matches.
    if (
        isinstance(comp, ast.SetComp)
        or len(generator.ifs) != 1
        or not (isinstance(comp.elt, ast.Name) and comp.elt.id == item)
    ):
        return None
    name = compared_name(generator.ifs[0], item)
    if name is None:
        return None
    if isinstance(comp, ast.GeneratorExp):
        if _is_call_to(outer, "next") and outer.args[0] is comp:  # type: ignore[union-attr]
            return _next_call(outer, name)  # type: ignore[arg-type]
        return Search(comp, comp, name, blocker="the matching jobs are iterated")
    return _matches_list(comp, name, parents)


def _membership(compare: ast.Compare, comp: ast.AST) -> Search | None:
    if len(compare.ops) != 1 or compare.comparators[0] is not comp:
        return None
    if isinstance(compare.ops[0], ast.In):
        return Search(compare, compare, compare.left)
    if isinstance(compare.ops[0], ast.NotIn):
        return Search(compare, compare, compare.left, template="not {call}")
    return None


def _next_call(call: ast.Call, name: ast.expr) -> Search:
    if len(call.args) == 1:
        return Search(call, call, name, helper="read_or_raise", leading="StopIteration()")
    if len(call.args) != 2:
        return Search(call, call, name, blocker="next() is called with extra arguments")
    default = call.args[1]
    if isinstance(default, ast.Constant) and default.value is None:
        return Search(call, call, name, helper="read_or_none")
    if not is_pure(default):
        return Search(call, call, name, blocker="the default of next() may have side effects")
    return Search(call, call, name, helper="read_or_default", leading=default)


def _matches_list(comp: ast.AST, name: ast.expr, parents: Parents) -> Search:
    """A list or set of the items with that name: at most one element."""
    outer = parents.get(comp)
    if in_truth_test(comp, parents):
        return Search(comp, comp, name)
    if isinstance(outer, ast.Call) and _is_call_to(outer, "len") and len(outer.args) == 1:
        if in_truth_test(outer, parents):
            return Search(outer, outer, name)
        truth = _len_compared(parents.get(outer), outer)  # type: ignore[arg-type]
        compare = parents.get(outer)
        if truth == (False, True):
            return Search(compare, compare, name)  # type: ignore[arg-type]
        if truth == (True, False):
            return Search(compare, compare, name, template="not {call}")  # type: ignore[arg-type]
        return Search(comp, comp, name, blocker="the number of matches is used as a number")
    if (
        isinstance(comp, ast.ListComp)
        and isinstance(outer, ast.Subscript)
        and outer.value is comp
        and isinstance(outer.ctx, ast.Load)
        and _is_first_or_last(outer.slice)
    ):
        return Search(
            outer,
            outer,
            name,
            helper="read_or_raise",
            leading='IndexError("list index out of range")',
        )
    return Search(comp, comp, name, blocker="the matching jobs are used as a list")


def _is_first_or_last(index: ast.AST) -> bool:
    if isinstance(index, ast.Constant):
        return type(index.value) is int and index.value == 0
    return (
        isinstance(index, ast.UnaryOp)
        and isinstance(index.op, ast.USub)
        and isinstance(index.operand, ast.Constant)
        and type(index.operand.value) is int
        and index.operand.value == 1
    )


def in_loop(items: ast.AST, parents: Parents) -> Search | None:
    """``for item in items: if item.metadata.name == N: <return the match>``."""
    loop = parents.get(items)
    if not (
        isinstance(loop, ast.For)
        and loop.iter is items
        and isinstance(loop.target, ast.Name)
        and len(loop.body) == 1
        and isinstance(loop.body[0], ast.If)
        and not loop.body[0].orelse
    ):
        return None
    item = loop.target.id
    test = loop.body[0]
    name = compared_name(test.test, item)
    if name is None:
        return None
    if loop.orelse:
        return Search(loop, loop, name, blocker="the loop has an else clause")
    body = test.body
    returned = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
    after = _statement_after(loop, parents)
    fallback: ast.AST | None = None
    if isinstance(after, ast.Return):
        fallback = after.value if after.value is not None else ast.Constant(None)
    elif after is None and isinstance(parents.get(loop), (ast.FunctionDef, ast.AsyncFunctionDef)):
        fallback = ast.Constant(None)  # falling off the end returns None
    if _is_constant(returned, True) and _is_constant(fallback, False):
        return Search(loop, after or loop, name, template="return {call}")
    if isinstance(returned, ast.Name) and returned.id == item and _is_constant(fallback, None):
        return Search(loop, after or loop, name, template="return {call}", helper="read_or_none")
    return Search(loop, loop, name, blocker="the loop does more than return the match")


def _is_constant(node: ast.AST | None, value: object) -> bool:
    return isinstance(node, ast.Constant) and node.value is value


def _statement_after(stmt: ast.stmt, parents: Parents) -> ast.stmt | None:
    body = statement_list(stmt, parents)
    index = body.index(stmt)
    return body[index + 1] if index + 1 < len(body) else None


def statement_list(stmt: ast.AST, parents: Parents) -> list[ast.stmt]:
    """The list of statements (a body, orelse, ...) that holds ``stmt``."""
    parent = parents[stmt]
    for field in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and stmt in block:
            return block
    raise ValueError("statement not found in its parent")


RECOGNISERS = (in_comprehension, in_loop)
