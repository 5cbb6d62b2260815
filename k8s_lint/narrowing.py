"""The general fix: narrow the list to the object with the searched name, keep the code.

Whatever shape a search takes, replacing only the list expression by the
0-or-1-item list of a read by name (``items_named(api.read_..., name=N,
...)``) changes nothing the program can observe exactly when

* every use of the items passes through the exact-name test first: an item
  whose name differs is skipped before anything else looks at it (a loop
  guard, the first condition of a comprehension or ``filter()``, or a
  conjunct of it after tests that cannot fail or have effects);
* the list, and the response it came in, have no other use;
* the name has the same value at the list call as at the test.

This module decides the first point, once, for every shape; the caller
checks the other two.  The idiomatic rewrites (``exists``, ``read_or_none``,
...) are tried first: they read better where they apply.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .searches import (
    aliased_body,
    always_there,
    conjuncts,
    consumes,
    field_compared,
    implied_guard,
    is_plain,
    item_field,
    lazily_read,
    loop_variable_is_local,
    mentions,
    mentions_after,
    name_test,
    negated,
)
from .tree import Parents, is_local_binding, scope_of, statement_list, through_copies


@dataclass(frozen=True)
class Narrowing:
    """Every use of the items is filtered on ``name`` at ``sites``."""

    name: ast.expr
    # Where each use compares with the name (or reads a dict with it, or
    # consumes a generator that does), in source order.
    sites: tuple[ast.AST, ...]
    # The expressions that use the items (or a dict or list made from them):
    # each must run once per list call for this to be one lookup.
    uses: tuple[ast.AST, ...]
    # Why the name may have another value where the test finally runs.
    blocker: str | None = None


class _Site(NamedTuple):
    site: ast.AST  # where a use compares with the name (or consumes the test)
    name: ast.expr
    use: ast.AST
    deferred: str | None = None  # the test runs at a time the code can't tell


def narrowed(uses: Sequence[ast.AST], parents: Parents, dict_items: bool) -> Narrowing | None:
    """The narrowing that covers every use, or None when some use can see an
    item with another name (or the uses compare with different names)."""
    found: list[_Site] = []
    for use in _observing(uses):
        sites = _filtered(_through_empty_default(use, parents), parents, dict_items)
        if sites is None:
            return None
        found.extend(sites)
    if not found or any(ast.dump(f.name) != ast.dump(found[0].name) for f in found):
        return None
    blocker = next((f.deferred for f in found if f.deferred), None)
    return Narrowing(
        found[0].name,
        tuple(sorted((f.site for f in found), key=_position)),
        tuple(f.use for f in found),
        blocker,
    )


def _observing(uses: Sequence[ast.AST]) -> list[ast.AST]:
    """The uses that see the items: not ``del x``, which only drops them."""
    return [u for u in uses if not (isinstance(u, ast.Name) and isinstance(u.ctx, ast.Del))]


def _position(node: ast.AST) -> tuple[int, int]:
    return node.lineno, node.col_offset  # type: ignore[attr-defined]


def _through_empty_default(node: ast.AST, parents: Parents) -> ast.AST:
    """``items or []``: the same items (an empty list is an empty list)."""
    parent = parents.get(node)
    while (
        isinstance(parent, ast.BoolOp)
        and isinstance(parent.op, ast.Or)
        and parent.values[0] is node
        and all(_is_empty_literal(v) for v in parent.values[1:])
    ):
        node, parent = parent, parents.get(parent)
    return node


def _is_empty_literal(node: ast.AST) -> bool:
    return isinstance(node, (ast.List, ast.Tuple)) and not node.elts


def _filtered(items: ast.AST, parents: Parents, dict_items: bool) -> list[_Site] | None:
    """Where ``items`` is iterated with every item tested on its name before
    anything else sees it, or None."""
    parent = parents.get(items)
    if (
        isinstance(parent, ast.For)
        and parent.iter is items
        and isinstance(parent.target, ast.Name)
        # Elsewhere the loop variable is an attribute anyone may read later.
        and loop_variable_is_local(parent, parent.target.id, parents)
    ):
        body, aliased = aliased_body(parent.body, parent.target.id, dict_items)
        found = _body_filter(body, aliased, dict_items)
        if found is None or not _loop_variable_kept(parent, found[0], parents):
            return None
        if any(mentions_after(parent, alias, parents) for alias in aliased.aliases):
            return None  # after the loop the local holds the last item's field
        return [_Site(*found, items)]
    if isinstance(parent, ast.comprehension) and parent.iter is items:
        return _comprehension_filter(items, parent, parents, dict_items)
    if (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id == "filter"
        and len(parent.args) == 2
        and parent.args[1] is items
        and not parent.keywords
    ):
        function = parent.args[0]
        if isinstance(function, ast.Lambda) and len(function.args.args) == 1:
            arguments = function.args
            if not (arguments.posonlyargs or arguments.kwonlyargs or arguments.vararg):
                found = _condition_filter(function.body, arguments.args[0].arg, dict_items)
                return None if found is None else _consumed(parent, *found, items, parents)
    return None


def _listed(found: tuple[ast.expr, ast.expr] | None, use: ast.AST) -> list[_Site] | None:
    return None if found is None else [_Site(*found, use)]


def _consumed(
    lazy: ast.expr, site: ast.expr, name: ast.expr, use: ast.AST, parents: Parents
) -> list[_Site]:
    """The sites of a lazy filter (a generator, ``filter()``): its test runs
    where it is consumed, which must be in this code, at once or through a
    local that is only consumed."""
    if consumes(parents.get(lazy), lazy):
        return [_Site(site, name, use)]
    holders = _held(lazy, parents)
    if holders and holders != [lazy] and all(consumes(parents.get(h), h) for h in holders):
        return [_Site(site, name, use), *(_Site(h, name, h) for h in holders)]
    reason = "the generator runs its test later, where code could change the name"
    return [_Site(site, name, use, reason)]


def _comprehension_filter(
    items: ast.AST, generator: ast.comprehension, parents: Parents, dict_items: bool
) -> list[_Site] | None:
    """A comprehension whose first condition tests the name; a dict keyed by
    the items' names read only with one name; or the items converted one by
    one (``to_dict()``) and then filtered by name."""
    comp = parents.get(generator)
    if not (
        isinstance(comp, (ast.ListComp, ast.GeneratorExp, ast.DictComp, ast.SetComp))
        and comp.generators[0] is generator
        and isinstance(generator.target, ast.Name)
        and not generator.is_async
    ):
        return None
    item = generator.target.id
    # Guards the name test implies filter out no object a cluster sends.
    ifs = [t for t in generator.ifs if not implied_guard(t, item, dict_items)]
    if ifs:
        # A set of the items themselves raises TypeError (models are
        # unhashable): that code is no lookup.
        if isinstance(comp, ast.SetComp) and isinstance(comp.elt, ast.Name):
            return None
        found = _condition_filter(ifs[0], item, dict_items)
        if found is None:
            return None
        if any(
            isinstance(n, ast.Name) and n.id == item and lazily_read(n, comp, parents)
            for n in ast.walk(comp)
        ):
            reason = (
                "a function or generator made in the comprehension sees its variable's last value"
            )
            return [_Site(*found, items, reason)]
        if isinstance(comp, ast.GeneratorExp):
            return _consumed(comp, *found, items, parents)
        return [_Site(*found, items)]
    if len(comp.generators) != 1:
        return None
    # any(<name test> for item in items), all(<name differs> for ...): the
    # other items only add False (True) values, which change nothing.
    outer = parents.get(comp)
    if (
        isinstance(comp, ast.GeneratorExp)
        and isinstance(outer, ast.Call)
        and isinstance(outer.func, ast.Name)
        and outer.args == [comp]
        and not outer.keywords
    ):
        if outer.func.id == "any":
            return _listed(_condition_filter(comp.elt, item, dict_items), items)
        if outer.func.id == "all":
            return _listed(_guard_filter(comp.elt, item, dict_items), items)
    if isinstance(comp, ast.DictComp):
        position = _name_key(comp.key, item, dict_items)
    else:
        position = _name_key(comp.elt, item, dict_items)
        if position is not None:
            return _membership_tests(comp, parents, position)
    if (
        isinstance(comp, ast.DictComp)
        and position is not None
        and (
            (isinstance(comp.value, ast.Name) and comp.value.id == item)
            or _converts(comp.value, item, dict_items)
        )
    ):
        return _keyed_reads(comp, parents, position)
    if isinstance(comp, (ast.ListComp, ast.GeneratorExp)) and _converts(comp.elt, item, dict_items):
        converted: list[_Site] = []
        for use in _held(comp, parents) or []:
            sites = _filtered(_through_empty_default(use, parents), parents, True)
            if sites is None:
                return None
            converted.extend(sites)
        return converted or None
    return None


def _held(value: ast.expr, parents: Parents) -> list[ast.AST] | None:
    """The places ``value`` is used: where it stands, or every mention of the
    local it is assigned to (None: a module-level or unusual binding)."""
    binding = parents.get(value)
    if not is_local_binding(binding, value):
        return [value]
    if isinstance(scope_of(binding, parents), ast.Module):
        return None
    _, uses = through_copies(binding, parents)  # ``by_name = result``
    return _observing(uses) if all(isinstance(u, ast.Name) for u in uses) else None


# Where a key holds the item's name: it is the name (-1), or the name is at
# this place of a tuple of fields every object has (``(ns, name)``).
_WHOLE = -1


def _name_key(key: ast.expr, item: str, dict_items: bool) -> int | None:
    """Where the key made of each item holds its name, or None where it holds
    none, or holds something that could fail to be read."""
    if item_field(key, item, dict_items) == "name":
        return _WHOLE
    if not isinstance(key, ast.Tuple):
        return None
    fields = [item_field(e, item, dict_items) for e in key.elts]
    if fields.count("name") != 1 or not all(always_there(e, item, dict_items) for e in key.elts):
        return None
    return fields.index("name")


def _name_in(key: ast.expr, position: int) -> ast.expr | None:
    """The name in a key looked up with: the key, or its tuple's element."""
    if position == _WHOLE:
        return key
    if isinstance(key, ast.Tuple) and position < len(key.elts):
        return key.elts[position]
    return None


def _membership_tests(names: ast.expr, parents: Parents, position: int) -> list[_Site] | None:
    """``N in names`` / ``N not in names`` (``(NS, N) in pairs``), every use
    of the items' names: with only N's items listed, the answer is the same."""
    found: list[_Site] = []
    for use in _held(names, parents) or []:
        test = parents.get(use)
        if not (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.In, ast.NotIn))
            and test.comparators[0] is use
        ):
            return None
        name = _name_in(test.left, position)
        if name is None:
            return None
        found.append(_Site(test.left, name, use))
    return found or None


def _keyed_reads(mapping: ast.DictComp, parents: Parents, position: int) -> list[_Site] | None:
    """``d.get(N[, default])``, ``d[N]`` and ``N [not] in d``, every use of
    the dict: it then holds no other key worth having."""
    found: list[_Site] = []
    for use in _held(mapping, parents) or []:
        parent = parents.get(use)
        key: ast.expr | None = None
        if isinstance(parent, ast.Subscript) and parent.value is use:
            key = parent.slice if isinstance(parent.ctx, ast.Load) else None
        elif isinstance(parent, ast.Attribute) and parent.attr == "get":
            call = parents.get(parent)
            if isinstance(call, ast.Call) and call.func is parent and 1 <= len(call.args) <= 2:
                key = call.args[0] if not call.keywords else None
        elif (
            isinstance(parent, ast.Compare)
            and len(parent.ops) == 1
            and isinstance(parent.ops[0], (ast.In, ast.NotIn))
            and parent.comparators[0] is use
        ):
            key = parent.left
        name = None if key is None else _name_in(key, position)
        if key is None or name is None:
            return None
        found.append(_Site(key, name, use))
    return found or None


def _converts(element: ast.expr, item: str, dict_items: bool) -> bool:
    """``item.to_dict()`` or ``client.sanitize_for_serialization(item)``: the
    item as a dict, one for one, with no other effect."""
    if dict_items or not isinstance(element, ast.Call) or element.keywords:
        return False
    func = element.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "to_dict" and not element.args:
        return isinstance(func.value, ast.Name) and func.value.id == item
    return (
        func.attr == "sanitize_for_serialization"
        and is_plain(func.value)
        and len(element.args) == 1
        and isinstance(element.args[0], ast.Name)
        and element.args[0].id == item
    )


def _condition_filter(
    test: ast.AST, item: str, dict_items: bool
) -> tuple[ast.expr, ast.expr] | None:
    """(comparison, name) when ``test`` is true only for items named ``name``
    and looks at nothing else of the item before that comparison: the
    comparison itself, or an ``and`` whose earlier operands are inert."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return _after_inert(conjuncts(test), _name_equals, item, dict_items)
    return _name_equals(test, item, dict_items)


_Find = Callable[[ast.AST, str, bool], tuple[ast.expr, ast.expr] | None]


def _after_inert(
    values: list[ast.expr], find: _Find, item: str, dict_items: bool
) -> tuple[ast.expr, ast.expr] | None:
    """The first of an ``and``'s (``or``'s) operands that ``find`` takes,
    where every operand before it is inert (evaluated for every item alike)."""
    for value in values:
        found = find(value, item, dict_items)
        if found is not None:
            return found
        if not _inert_test(value, item, dict_items):
            return None
    return None


def _name_equals(test: ast.AST, item: str, dict_items: bool) -> tuple[ast.expr, ast.expr] | None:
    found = name_test(test, item, dict_items)
    if found is None or found.namespace is not None or not isinstance(test, ast.Compare):
        return None
    return test, found.name


def _inert_test(test: ast.AST, item: str, dict_items: bool) -> bool:
    """A test that can neither fail nor have effects, evaluated for every
    item: ``==``/``!=``/``is`` between the item's metadata fields and plain
    values (``j.metadata.namespace == ns``), or a plain value's truth."""
    if implied_guard(test, item, dict_items) or always_there(test, item, dict_items):
        return True
    # Its negation, ``j.metadata is None``, ``not j.metadata``, is as inert.
    opposite = negated(test) if isinstance(test, ast.expr) else None
    if opposite is not None and implied_guard(opposite, item, dict_items):
        return True
    if not isinstance(test, ast.Compare):
        return is_plain(test) and not mentions(test, item)
    if not all(isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)) for op in test.ops):
        return False
    return all(
        always_there(operand, item, dict_items)
        or (is_plain(operand) and not mentions(operand, item))
        for operand in (test.left, *test.comparators)
    )


def _body_filter(
    body: list[ast.stmt], item: str, dict_items: bool
) -> tuple[ast.expr, ast.expr] | None:
    """A loop body that does nothing for an item with another name:
    ``if <name test>: ...`` alone, a guard ``if <not name test>: continue``
    first, or either nested in ``if <plain test>:`` not about the item."""
    first = body[0]
    if not isinstance(first, ast.If) or first.orelse:
        return None
    if len(first.body) == 1 and isinstance(first.body[0], ast.Continue) and len(body) > 1:
        return _guard_filter(first.test, item, dict_items)
    if len(body) != 1:
        return None
    found = _condition_filter(first.test, item, dict_items)
    if found is not None:
        return found
    if _inert_test(first.test, item, dict_items) and not mentions(first.test, item):
        return _body_filter(first.body, item, dict_items)
    return None


def _guard_filter(test: ast.AST, item: str, dict_items: bool) -> tuple[ast.expr, ast.expr] | None:
    """``<item name> != N``, ``not <name test>``, or an ``or`` of inert tests
    ending in one of these: true for every item named otherwise."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _condition_filter(test.operand, item, dict_items)
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return _after_inert(test.values, _guard_filter, item, dict_items)
    differs = field_compared(test, item, dict_items, ast.NotEq)
    if differs is None or differs[0] != "name":
        return None
    assert isinstance(test, ast.Compare)
    return test, differs[1]


def _loop_variable_kept(loop: ast.For, site: ast.expr, parents: Parents) -> bool:
    """Whether the loop variable after the loop is the same with fewer items.

    After the original loop it holds the last item; after the narrowed one,
    the match or nothing.  That is invisible when nothing reads it later, or
    when the code after the loop runs only after the match ended the loop
    (``break``, with an ``else`` that never falls through)."""
    assert isinstance(loop.target, ast.Name)
    if not mentions_after(loop, loop.target.id, parents):
        return True
    # ``continue`` or ``break`` in the ``else`` would go on in a loop around,
    # which may read the variable after it.
    if not (loop.orelse and isinstance(loop.orelse[-1], (ast.Return, ast.Raise))):
        return False
    if any(mentions(s, loop.target.id) for s in loop.orelse):
        return False
    branch = parents[site]
    while not isinstance(branch, ast.If):
        branch = parents[branch]
    guard = len(branch.body) == 1 and isinstance(branch.body[0], ast.Continue)
    matched = statement_list(branch, parents) if guard else branch.body
    return isinstance(matched[-1], _LEAVES)


# Statements that end a loop with its variable on the match.
_LEAVES = (ast.Break, ast.Return, ast.Raise)
