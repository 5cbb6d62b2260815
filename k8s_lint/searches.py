"""The shapes of "search the listed items for one name", on the stdlib ``ast``.

A recogniser takes the node that evaluates to the list's items (``<list
call>.items`` or a local holding it) and answers with a :class:`Search` when
its surroundings search those items for one exact name, or ``None`` when they
do anything else (count, delete, report every item, prefix matches, ...).  A
Search says which span to replace and with which helper; when the shape is
recognised but cannot be rewritten it carries the reason instead.

The searches are phrased in two steps.  First the items become a *view*: the
items filtered by a name test (a comprehension ``[j for j in items if ...]``,
a generator, ``filter(lambda j: ..., items)``) or the items' names (``[j.
metadata.name for j in items]``, ``map(attrgetter("metadata.name"), items)``).
Then the view's context says what is asked of it: ``any()``, ``next()``,
truthiness, ``len()``, ``[0]``, ``name in``.  Loops are recognised apart.
"""

from __future__ import annotations

import ast
import string
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .bindings import CONSUMERS
from .tree import (
    FUNCTIONS,
    Binding,
    Parents,
    is_local_binding,
    scope_of,
    statement_list,
    through_copies,
)


@dataclass(frozen=True)
class Search:
    # Nodes whose span (first's start to last's end) the rewrite replaces.
    first: ast.AST
    last: ast.AST
    # The expression the items' names are compared with, e.g. ``name``.
    name: ast.expr
    # The expression their namespace is compared with, if any.
    namespace: ast.expr | None = None
    # "{call}" is replaced by the helper call: e.g. "not {call}".
    template: str = "{call}"
    helper: str = "exists"
    # Source of the helper's first argument (default or exception), if any.
    leading: str | ast.expr | None = None
    # Set when the search is recognised but cannot be rewritten.
    blocker: str | None = None
    # ``local = <matches or names>`` (and its copies) that the rewrite
    # removes: the search reached its view through those locals.
    moved: tuple[Binding, ...] = ()
    # Why the fix would change behaviour, if it would: an unsafe fix.
    unsafe: str | None = None
    # The name is evaluated once, before the list call (``f() in names``),
    # not once per item: an inline list keeps that order with a read.
    name_once: bool = False
    # The use of the items (or of a local holding them) the search starts from.
    use: ast.AST | None = None


@dataclass(frozen=True)
class NameTest:
    name: ast.expr
    namespace: ast.expr | None


# --- how an item's metadata is read -------------------------------------


def _access(node: ast.AST) -> tuple[ast.AST, str] | None:
    """(base, key) for ``base.key``, ``base["key"]``, ``base.get("key"[, d])``
    and ``getattr(base, "key")``; the kind of access is told by ``_is_dict_access``."""
    if isinstance(node, ast.Attribute):
        return node.value, node.attr
    if isinstance(node, ast.Subscript) and _is_str(node.slice):
        return node.value, node.slice.value  # type: ignore[attr-defined]
    if isinstance(node, ast.Call) and not node.keywords:
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "get"
            and 1 <= len(node.args) <= 2
            and _is_str(node.args[0])
        ):
            return func.value, node.args[0].value  # type: ignore[attr-defined]
        if (
            isinstance(func, ast.Name)
            and func.id == "getattr"
            # getattr(meta, "name", None): every object's metadata has the
            # attribute, so the default is never what it returns.
            and (len(node.args) == 2 or (len(node.args) == 3 and _is_constant(node.args[2])))
            and _is_str(node.args[1])
        ):
            return node.args[0], node.args[1].value  # type: ignore[attr-defined]
    return None


def _is_dict_access(node: ast.AST) -> bool:
    return isinstance(node, ast.Subscript) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    )


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant)


class Item(str):
    """A loop variable's name, with the locals the loop body binds to its
    metadata fields before testing them (``current = job.metadata.name``):
    reading such a local reads that field."""

    aliases: dict[str, str]

    def __new__(cls, name: str, aliases: dict[str, str]) -> Item:
        item = super().__new__(cls, name)
        item.aliases = aliases
        return item


def item_field(node: ast.AST, item: str, dict_items: bool) -> str | None:
    """The metadata field (``name``, ``namespace``) ``node`` reads from the item
    (or a local of the loop body bound to it first: see ``Item``).

    Model items (the typed client) are read as ``item.metadata.name``,
    ``getattr(item.metadata, "name")`` or ``item.to_dict()["metadata"]["name"]``;
    dict items (custom objects) as ``item["metadata"]["name"]`` or with
    ``.get()``.  A dict access on a model (or the reverse) raises in the
    original, so it is not a lookup to keep.
    """
    if isinstance(node, ast.Name):
        return item.aliases.get(node.id) if isinstance(item, Item) else None
    outer = _access(node)
    if outer is None:
        return None
    base, field = outer
    inner = _access(base)
    if inner is None or inner[1] != "metadata":
        return None
    root = inner[0]
    as_dict = _is_dict_access(node) and _is_dict_access(base)
    as_model = not _is_dict_access(node) and not _is_dict_access(base)
    if (
        not dict_items
        and as_dict
        and isinstance(root, ast.Call)
        and isinstance(root.func, ast.Attribute)
        and root.func.attr == "to_dict"
        and not root.args
    ):
        root, as_model = root.func.value, True
    if not (as_dict if dict_items else as_model):
        return None
    return field if isinstance(root, ast.Name) and root.id == item else None


def conjuncts(test: ast.expr) -> list[ast.expr]:
    """The operands of an ``and``, nested ones flattened: ``(a and b) and c``
    tests what ``a and b and c`` does, in the same order."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [v for value in test.values for v in conjuncts(value)]
    return [test]


def name_test(test: ast.AST, item: str, dict_items: bool) -> NameTest | None:
    """The test ``<item> name == N`` (either order), optionally ``and``-ed with
    ``<item> namespace == NS`` and with guards the name test implies
    (``j.metadata and ...``).  N and NS must not depend on the item."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        values = [v for v in conjuncts(test) if not implied_guard(v, item, dict_items)]
        if len(values) == 1:
            return name_test(values[0], item, dict_items)
        if len(values) != 2:
            return None
        fields = [_field_equals(v, item, dict_items) for v in values]
        if None in fields:
            return None
        found = dict(fields)  # type: ignore[arg-type]
        if set(found) != {"name", "namespace"}:
            return None
        if dict_items and fields[0][0] == "namespace" and _subscripts_namespace(values[0]):  # type: ignore[index]
            # o["metadata"]["namespace"] raises KeyError on a cluster-scoped
            # object, and is read for every item before the name: no lookup.
            return None
        return NameTest(found["name"], found["namespace"])
    field = _field_equals(test, item, dict_items)
    if field is None or field[0] != "name":
        return None
    return NameTest(field[1], None)


# Each comparison's negation, for reading a test that says an item differs.
_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.In: ast.NotIn, ast.NotIn: ast.In,
}  # fmt: skip


def negated(test: ast.expr) -> ast.expr | None:
    """The test that is true exactly where ``test`` is false, built from its
    own operands (De Morgan through ``or``), where it has a plain one:
    ``j.metadata is None or j.metadata.name != n`` gives
    ``j.metadata is not None and j.metadata.name == n``.  Operands keep their
    order, so short-circuiting evaluates the same ones."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        op = _NEGATED.get(type(test.ops[0]))
        if op is None:
            return None
        return ast.copy_location(ast.Compare(test.left, [op()], test.comparators), test)
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        values = [n for v in test.values if (n := negated(v)) is not None]
        if len(values) != len(test.values):
            return None
        return ast.copy_location(ast.BoolOp(ast.And(), values), test)
    return None


def mismatch_test(test: ast.expr, item: str, dict_items: bool) -> NameTest | None:
    """The name test whose negation ``test`` is: ``<item name> != N``,
    ``not (<name test>)``, ``<item>.metadata is None or <item name> != N``
    (an item that differs, read for every item)."""
    positive = negated(test)
    return None if positive is None else name_test(positive, item, dict_items)


def compared_with_none(test: ast.AST, op: type | types.UnionType) -> ast.expr | None:
    """``x`` of ``x is None`` or ``None is x`` (``x == None``, ..., by
    ``op``), else None."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], op)):
        return None
    left, right = test.left, test.comparators[0]
    if _is_none(right):
        return left
    return right if _is_none(left) else None


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def implied_guard(test: ast.AST, item: str, dict_items: bool) -> bool:
    """A test true of every object the server returns, so true wherever the
    name test is: the truth, or ``is not None``, of the item's metadata or
    its name (``j.metadata``, ``o.get("metadata")``,
    ``j.metadata.name is not None``); ``"metadata" in o`` for a dict.  Such
    a guard only protects against objects no cluster sends; it cannot change
    which item matches, and reading cannot fail."""
    if (checked := compared_with_none(test, ast.IsNot | ast.NotEq)) is not None:
        test = checked
    elif (
        dict_items
        and isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.In)
        and _is_str(test.left)
        and test.left.value in ("metadata", "name")  # type: ignore[attr-defined]
    ):
        container = test.comparators[0]
        if isinstance(container, ast.Name):
            return container.id == item and test.left.value == "metadata"  # type: ignore[attr-defined]
        return _metadata(container, item, dict_items)
    return _metadata(test, item, dict_items) or item_field(test, item, dict_items) == "name"


def _metadata(node: ast.AST, item: str, dict_items: bool) -> bool:
    """``item.metadata`` (a model) or ``item["metadata"]`` / ``item.get(
    "metadata")`` (a dict): the item's metadata itself."""
    access = _access(node)
    if access is None or access[1] != "metadata":
        return False
    base = access[0]
    return isinstance(base, ast.Name) and base.id == item and _is_dict_access(node) == dict_items


def _subscripts_namespace(test: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Subscript) and _is_str(n.slice) and n.slice.value == "namespace"  # type: ignore[attr-defined]
        for n in ast.walk(test)
    )


def _field_equals(test: ast.AST, item: str, dict_items: bool) -> tuple[str, ast.expr] | None:
    return field_compared(test, item, dict_items, ast.Eq)


def field_compared(
    test: ast.AST, item: str, dict_items: bool, op: type[ast.cmpop]
) -> tuple[str, ast.expr] | None:
    """(field, value) for ``<item field> <op> value``, either way round."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], op)):
        return None
    left, right = test.left, test.comparators[0]
    for mine, other in ((left, right), (right, left)):
        field = item_field(mine, item, dict_items)
        if field in ("name", "namespace") and not mentions(other, item):
            return field, other
    return None


def mentions(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def is_pure(node: ast.AST, functions: frozenset[str] = frozenset()) -> bool:
    """Whether evaluating ``node`` once instead of once per item is invisible.

    Names, constants, attribute and subscript chains of them, f-strings and
    ``"...".format()``, string methods that only compute a new string
    (``name.lower()``), calls of the module's ``functions`` that only return
    such an expression of their parameters, arithmetic and container
    displays; no other calls, no awaits, walruses or lambdas.
    """
    allowed = (
        ast.Name,
        ast.Constant,
        ast.List,
        ast.Dict,
        ast.Set,
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
    return all(
        isinstance(n, allowed) or _is_literal_format(n) or _is_pure_call(n, functions)
        for n in ast.walk(node)
    )


# str methods that build a new string and call nothing of their arguments'.
_STRING_METHODS = frozenset(
    {"lower", "upper", "casefold", "strip", "lstrip", "rstrip", "replace",
     "removeprefix", "removesuffix", "title", "zfill"}
)  # fmt: skip


def _is_pure_call(node: ast.AST, functions: frozenset[str]) -> bool:
    """A call with no effect of its own: a string method of the table, or a
    function of the module known to return a pure expression of its
    parameters (its arguments are walked, and judged, like the rest)."""
    if (
        not isinstance(node, ast.Call)
        or any(isinstance(a, ast.Starred) for a in node.args)
        or any(k.arg is None for k in node.keywords)
    ):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in functions
    return isinstance(func, ast.Attribute) and func.attr in _STRING_METHODS


def pure_functions(
    module: ast.Module, bindings: Mapping[str, Sequence[ast.AST]], plain: bool = False
) -> frozenset[str]:
    """The module's functions, defined once (``bindings``: every node binding
    each name), undecorated, whose body is ``return <expression>`` pure
    (``plain``: that cannot fail either) over their parameters (a docstring
    aside): ``def job_name(run_id): return f"etl-{run_id}"``."""
    bound = {name: len(nodes) for name, nodes in bindings.items()}
    found = set()
    for statement in module.body:
        if not isinstance(statement, ast.FunctionDef) or statement.decorator_list:
            continue
        body = statement.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            body = body[1:]  # the docstring
        arguments = statement.args
        if (
            bound[statement.name] == 1
            and len(body) == 1
            and isinstance(body[0], ast.Return)
            and body[0].value is not None
            and not (
                arguments.vararg or arguments.kwarg or arguments.defaults or arguments.kw_defaults
            )
            and (is_plain if plain else is_pure)(body[0].value)
        ):
            found.add(statement.name)
    return frozenset(found)


def _is_literal_format(node: ast.AST) -> bool:
    """``"job-{}".format(...)``: a method of a string literal, which has no
    effect and, like an f-string, formats its (checked) arguments."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not any(isinstance(a, ast.Starred) for a in node.args)
        and all(k.arg is not None for k in node.keywords)
    )


def _plain_format(template: str) -> bool:
    """A ``str.format`` template whose fields only place their arguments:
    no format spec, index or attribute, any of which can raise."""
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return False
    return all(
        field is None or (not spec and not any(c in field for c in ".["))
        for _, field, spec, _ in fields
    )


def is_plain(node: ast.AST, functions: frozenset[str] = frozenset()) -> bool:
    """An expression that cannot fail: names, constants, attribute chains,
    f-strings (and ``"...".format()``) of them and lists and tuples of them, dicts and sets of
    constants (a subscript may raise KeyError, arithmetic a TypeError, an
    unhashable key a TypeError, where the search never evaluated it on an
    empty list), and calls of the module's ``functions`` that return such
    an expression of their parameters."""
    allowed = (
        ast.Name,
        ast.Constant,
        ast.Attribute,
        ast.JoinedStr,
        ast.FormattedValue,
        ast.List,
        ast.Tuple,
        ast.Load,
    )
    for n in ast.walk(node):
        if isinstance(n, ast.UnaryOp):  # -1: a negative number, not arithmetic
            if not (
                isinstance(n.op, (ast.USub, ast.UAdd))
                and isinstance(n.operand, ast.Constant)
                and type(n.operand.value) in (int, float, complex)
            ):
                return False
        elif isinstance(n, (ast.USub, ast.UAdd)):
            continue
        elif _is_literal_format(n):
            if not _plain_format(n.func.value.value):  # type: ignore[attr-defined]
                return False
        elif isinstance(n, ast.FormattedValue) and n.format_spec is not None:
            return False  # f"{when:%Y-%m-%d}" raises for a None
        elif isinstance(n, (ast.Dict, ast.Set)):
            keys = n.keys if isinstance(n, ast.Dict) else n.elts
            if not all(isinstance(k, ast.Constant) for k in keys):  # None: **spread
                return False
        elif isinstance(n, ast.Call):
            if not (isinstance(n.func, ast.Name) and _is_pure_call(n, functions)):
                return False
        elif not isinstance(n, allowed):
            return False
    return True


def _is_call_to(node: ast.AST | None, builtin: str, arity: int | None = None) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == builtin
        and not node.keywords
        and (arity is None or len(node.args) == arity)
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
    if _is_call_to(parent, "bool", 1):
        return True
    if isinstance(parent, ast.BoolOp):
        return in_truth_test(parent, parents)
    return False


# --- views: the items filtered by name, or the items' names ---------------


MATCHES, NAMES, BY_NAME = "matches", "names", "by-name"
# all(<item name != N> for item in items): true when nothing matches.
MISSES = "misses"
# Where an expression may be ``not x`` without parentheses.
_TAKES_NOT = (
    ast.If, ast.While, ast.IfExp, ast.BoolOp, ast.Return, ast.Assign, ast.AnnAssign,
    ast.Expr, ast.keyword, ast.Call, ast.Assert,
)  # fmt: skip


@dataclass(frozen=True)
class _View:
    node: ast.AST  # the expression that builds the view
    # MATCHES: the items that pass the test; NAMES: the items' names;
    # BY_NAME: a dict of the items keyed by their names.
    kind: str
    test: NameTest | None  # the filter's name test (MATCHES)
    container: bool  # a list, set or dict (len() works), not an iterator
    # "list" or "tuple" when [0] works (its IndexError names the type).
    sequence: str | None
    # ``local = <view>`` and its copies, when the view reaches its use
    # through locals.
    moved: tuple[Binding, ...] = ()


def _lambda_of(node: ast.AST) -> tuple[str, ast.expr] | None:
    if (
        isinstance(node, ast.Lambda)
        and len(node.args.args) == 1
        and not (node.args.posonlyargs or node.args.kwonlyargs or node.args.vararg)
        and not node.args.kwarg
    ):
        return node.args.args[0].arg, node.body
    return None


def _attrgetter_names(node: ast.AST) -> bool:
    """``operator.attrgetter("metadata.name")`` or ``attrgetter(...)``."""
    return (
        isinstance(node, ast.Call)
        and not node.keywords
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "metadata.name"
        and (
            (isinstance(node.func, ast.Name) and node.func.id == "attrgetter")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "attrgetter")
        )
    )


def _view(items: ast.AST, parents: Parents, dict_items: bool) -> _View | None:
    parent = parents.get(items)
    if isinstance(parent, ast.comprehension) and parent.iter is items:
        view = _comprehension_view(parent, parents, dict_items)
        # set(<generator>) holds what {<set comprehension>} does.
        return _materialised(view, parents) if view and not view.container else view
    if isinstance(parent, ast.Call) and len(parent.args) == 2 and parent.args[1] is items:
        if _is_call_to(parent, "filter"):
            function = _lambda_of(parent.args[0])
            if function is None:
                return None
            test = name_test(function[1], function[0], dict_items)
            if test is None:
                return None
            return _materialised(_View(parent, MATCHES, test, False, None), parents)
        if _is_call_to(parent, "map"):
            function = _lambda_of(parent.args[0])
            if (
                function is not None and item_field(function[1], function[0], dict_items) == "name"
            ) or (not dict_items and _attrgetter_names(parent.args[0])):
                return _materialised(_View(parent, NAMES, None, False, None), parents)
    return None


def _materialised(view: _View, parents: Parents) -> _View:
    """``list(view)`` / ``set(view)`` / ``tuple(view)`` count as containers."""
    outer = parents.get(view.node)
    for builtin in ("list", "tuple", "set"):
        if _is_call_to(outer, builtin, 1):
            sequence = None if builtin == "set" else builtin
            return _View(outer, view.kind, view.test, True, sequence)  # type: ignore[arg-type]
    return view


def _comprehension_view(
    generator: ast.comprehension, parents: Parents, dict_items: bool
) -> _View | None:
    comp = parents.get(generator)
    if not isinstance(comp, (ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
        return None
    if (
        len(comp.generators) != 1
        or generator.is_async
        or not isinstance(generator.target, ast.Name)
    ):
        return None
    item = generator.target.id
    # Guards the name test implies filter out no object a cluster sends.
    ifs = [t for t in generator.ifs if not implied_guard(t, item, dict_items)]
    if isinstance(comp, ast.DictComp):
        # {item name: item for item in items}: looked up by name later.
        if (
            not ifs
            and item_field(comp.key, item, dict_items) == "name"
            and isinstance(comp.value, ast.Name)
            and comp.value.id == item
        ):
            return _View(comp, BY_NAME, None, True, None)
        return None
    container = not isinstance(comp, ast.GeneratorExp)
    sequence = "list" if isinstance(comp, ast.ListComp) else None
    if not ifs:
        if item_field(comp.elt, item, dict_items) == "name":
            return _View(comp, NAMES, None, container, sequence)
        # any(<name test> for item in items): a generator of booleans
        test = name_test(comp.elt, item, dict_items)
        if test is not None and _is_call_to(parents.get(comp), "any", 1):
            return _View(comp, MATCHES, test, False, None)
        differs = mismatch_test(comp.elt, item, dict_items)
        if differs is not None and _is_call_to(parents.get(comp), "all", 1):
            return _View(comp, MISSES, differs, False, None)
        return None
    if len(ifs) != 1 or not (isinstance(comp.elt, ast.Name) and comp.elt.id == item):
        return None
    # A set of the items themselves is no lookup: client models are
    # unhashable, so it raises TypeError as soon as anything matches.
    if isinstance(comp, ast.SetComp):
        return None
    test = name_test(ifs[0], item, dict_items)
    if test is None:
        return None
    return _View(comp, MATCHES, test, container, sequence)


def _through_local(view: _View, parents: Parents) -> _View | Search | None:
    """``local = <container view>`` used once afterwards, perhaps through
    copies to other locals: follow it there.

    Only containers: a generator kept in a local may be consumed partly
    before the use.  A local used more than once holds more than a lookup:
    matches are then reported without a fix, names and dicts not at all
    (which name they are searched for is not known).
    """
    binding = parents.get(view.node)
    if not (view.container and is_local_binding(binding, view.node)):
        return view
    copies, uses = through_copies(binding, parents)  # ``names = found``
    if isinstance(scope_of(binding, parents), ast.Module):
        reason = "the matches are kept in a module-level variable"
    elif len(uses) == 1 and isinstance(uses[0], ast.Name):
        return _View(uses[0], view.kind, view.test, True, view.sequence, (binding, *copies))
    else:
        reason = f"the matches are used more than once (line {uses[-1].lineno})" if uses else ""
    if view.kind != MATCHES or not uses:
        return None
    assert view.test is not None
    return Search(view.node, view.node, view.test.name, view.test.namespace, blocker=reason)


def in_view(items: ast.AST, parents: Parents, dict_items: bool) -> Search | None:
    """any(), next(), truthiness, len(), [0] of the matches; ``name in`` the
    names; ``.get(name)``, ``name in``, ``[name]`` of a dict keyed by name."""
    found = _view(items, parents, dict_items)
    view = _through_local(found, parents) if found is not None else None
    if not isinstance(view, _View):
        return view
    if view.kind == NAMES:
        return _membership(view, parents)
    if view.kind == BY_NAME:
        return _by_name(view, parents)
    assert view.test is not None
    name, namespace = view.test.name, view.test.namespace
    node = view.node
    outer = parents.get(node)

    def search(first: ast.AST, **kwargs: object) -> Search:
        return Search(first, first, name, namespace, moved=view.moved, **kwargs)  # type: ignore[arg-type]

    if view.kind == MISSES:
        # `not` binds more loosely than the all() call it replaces.
        bare = isinstance(parents.get(outer), _TAKES_NOT)  # type: ignore[arg-type]
        return search(outer, template="not {call}" if bare else "(not {call})")  # type: ignore[arg-type]
    if _is_call_to(outer, "any", 1):
        return search(outer)  # type: ignore[arg-type]
    if not view.container and _is_call_to(outer, "next") and outer.args[0] is node:  # type: ignore[union-attr]
        return _next_call(outer, search)  # type: ignore[arg-type]
    if not view.container:
        return search(node, blocker="the matches are iterated")
    if in_truth_test(node, parents):
        return search(node)
    if _is_call_to(outer, "len", 1):
        if in_truth_test(outer, parents):  # type: ignore[arg-type]
            return search(outer)  # type: ignore[arg-type]
        compare = parents.get(outer)  # type: ignore[arg-type]
        truth = _len_compared(compare, outer)  # type: ignore[arg-type]
        if truth == (False, True):
            return search(compare)  # type: ignore[arg-type]
        if truth == (True, False):
            return search(compare, template="not {call}")  # type: ignore[arg-type]
        return search(node, blocker="the number of matches is used as a number")
    if (
        view.sequence
        and isinstance(outer, ast.Subscript)
        and outer.value is node
        and isinstance(outer.ctx, ast.Load)
        and _is_first_or_last(outer.slice)
    ):
        return search(
            outer,
            helper="read_or_raise",
            leading=f'IndexError("{view.sequence} index out of range")',
        )
    return search(node, blocker="the matches are used as a list")


def _membership(view: _View, parents: Parents) -> Search | None:
    compare = parents.get(view.node)
    if not (
        isinstance(compare, ast.Compare)
        and len(compare.ops) == 1
        and compare.comparators[0] is view.node
    ):
        return None
    template = {ast.In: "{call}", ast.NotIn: "not {call}"}.get(type(compare.ops[0]))
    if template is None:
        return None
    return Search(
        compare, compare, compare.left, template=template, moved=view.moved, name_once=True
    )


def _by_name(view: _View, parents: Parents) -> Search | None:
    """``d.get(name[, default])``, ``name [not] in d`` and ``d[name]``."""
    outer = parents.get(view.node)
    if isinstance(outer, ast.Compare):
        return _membership(view, parents)
    if isinstance(outer, ast.Subscript) and outer.value is view.node:
        if not isinstance(outer.ctx, ast.Load):
            return None
        return Search(
            outer,
            outer,
            outer.slice,
            helper="read_or_raise",
            leading="KeyError({name})",  # the KeyError a missing key raises
            moved=view.moved,
        )
    call = parents.get(outer) if isinstance(outer, ast.Attribute) else None
    if not (
        isinstance(outer, ast.Attribute)
        and outer.attr == "get"
        and isinstance(call, ast.Call)
        and call.func is outer
        and not call.keywords
        and len(call.args) in (1, 2)
    ):
        return None

    def search(first: ast.AST, **kwargs: object) -> Search:
        return Search(first, first, call.args[0], moved=view.moved, **kwargs)  # type: ignore[arg-type]

    return _next_call(call, search, default_only=True)


_EARLY_DEFAULT = "the default, which can raise, is now evaluated before the API call"


def _next_call(call: ast.Call, search: Callable[..., Search], default_only: bool = False) -> Search:
    """``next(view[, default])``, or with ``default_only`` ``d.get(name[, default])``."""
    if len(call.args) == 1:
        if default_only:
            return search(call, helper="read_or_none")
        return search(call, helper="read_or_raise", leading="StopIteration()")
    if len(call.args) != 2:
        return search(call, blocker="next() is called with extra arguments")
    default = call.args[1]
    if isinstance(default, ast.Constant) and default.value is None:
        return search(call, helper="read_or_none")
    if not is_pure(default):
        function = "get()" if default_only else "next()"
        return search(call, blocker=f"the default of {function} may have side effects")
    unsafe = None if is_plain(default) else _EARLY_DEFAULT
    return search(call, helper="read_or_default", leading=default, unsafe=unsafe)


def _len_compared(compare: ast.AST | None, length: ast.Call) -> tuple[bool, bool] | None:
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


# --- loops ----------------------------------------------------------------


def in_loop(items: ast.AST, parents: Parents, dict_items: bool) -> Search | None:
    """``for item in items: if <name test>: ...`` that returns or flags the match.

    * ``return True`` / ``return item`` in the loop, ``return False`` /
      ``return None`` after it (or in its ``else``, or falling off the end);
    * ``flag = None`` / ``False`` before the loop, ``flag = item`` / ``True``
      (and ``break``) in it.
    Statements before the ``if`` run for every item: dropping them is the
    one thing the fix changes, so such a fix is unsafe.
    """
    loop = parents.get(items)
    if not (
        isinstance(loop, ast.For)
        and loop.iter is items
        and isinstance(loop.target, ast.Name)
        and loop.body
    ):
        return None
    # Locals copied from the item's name or namespace first read as those.
    body, item = aliased_body(loop.body, loop.target.id, dict_items)
    matched = _matched_body(body, item, dict_items)
    if matched is None:
        return None
    found, match_body, per_item = matched
    name, namespace = found.name, found.namespace
    unsafe = "it drops statements the loop ran for every item" if per_item else None
    if unsafe and not all(_is_plain_statement(s, item) for s in per_item):
        return None  # the loop does real work per item: not a lookup
    if not loop_variable_is_local(loop, item, parents):
        return Search(
            loop,
            loop,
            name,
            namespace,
            blocker="the loop variable is a module or class attribute, visible after the loop",
        )
    if any(mentions_after(loop, alias, parents) for alias in item.aliases):
        return None  # after the loop the local holds the last item's field
    search = _break_else_loop(loop, match_body, item, parents)
    if search is None and mentions_after(loop, item, parents):
        return Search(
            loop, loop, name, namespace, blocker="the loop variable is used after the loop"
        )
    search = (
        search
        or _returning_loop(loop, match_body, item, parents)
        or _flag_loop(loop, match_body, item, found, parents)
    )
    if search is None:
        return Search(loop, loop, name, namespace, blocker="the loop does more than find the match")
    blocker = search.blocker
    caveats = [c for c in (unsafe, search.unsafe) if c]
    return Search(
        search.first,
        search.last,
        name,
        namespace,
        template=search.template,
        helper=search.helper,
        leading=search.leading,
        blocker=blocker,
        moved=search.moved,
        unsafe="; ".join(caveats) or None,
    )


def _matched_body(
    body: list[ast.stmt], item: str, dict_items: bool
) -> tuple[NameTest, list[ast.stmt], list[ast.stmt]] | None:
    """(name test, what runs on a match, what runs for every item before the
    test) for ``if <match>: ...`` ending the loop's ``body``, or for a guard
    opening it: ``if <item name> != N: continue`` and then what runs on a
    match."""
    first, last = body[0], body[-1]
    if (
        isinstance(first, ast.If)
        and not first.orelse
        and len(first.body) == 1
        and isinstance(first.body[0], ast.Continue)
        and len(body) > 1
    ):
        differs = mismatch_test(first.test, item, dict_items)
        return None if differs is None else (differs, body[1:], [])
    if not (isinstance(last, ast.If) and not last.orelse):
        return None
    found = name_test(last.test, item, dict_items)
    return None if found is None else (found, last.body, body[:-1])


def aliased_body(body: list[ast.stmt], item: str, dict_items: bool) -> tuple[list[ast.stmt], Item]:
    """The loop body after the statements that only copy the item's name or
    namespace into locals (``current = job.metadata.name``), and the item
    with those locals as aliases of the fields (reading them cannot fail)."""
    aliases: dict[str, str] = {}
    while len(body) > 1:
        first = body[0]
        if _skips_nothing(first, Item(item, aliases), dict_items):
            body = body[1:]
            continue
        if not (
            isinstance(first, ast.Assign)
            and len(first.targets) == 1
            and isinstance(first.targets[0], ast.Name)
            and first.targets[0].id not in (item, *aliases)
        ):
            break
        field = item_field(first.value, item, dict_items)
        if field not in ("name", "namespace") or not always_there(first.value, item, dict_items):
            break
        aliases[first.targets[0].id] = field
        body = body[1:]
    return body, Item(item, aliases)


def _skips_nothing(statement: ast.stmt, item: Item, dict_items: bool) -> bool:
    """``if not j.metadata: continue`` (or ``... is None``): a guard that skips
    only objects no cluster sends, which the name test would skip too."""
    if not (
        isinstance(statement, ast.If)
        and not statement.orelse
        and len(statement.body) == 1
        and isinstance(statement.body[0], ast.Continue)
    ):
        return False
    opposite = negated(statement.test)
    return opposite is not None and implied_guard(opposite, item, dict_items)


def always_there(node: ast.AST, item: str, dict_items: bool) -> bool:
    """An item's metadata field that reading cannot fail: any attribute of a
    model's metadata, a dict item's name, or another key read with
    ``.get()`` (``o["metadata"]["annotations"]`` raises KeyError where the
    object has none)."""
    field = item_field(node, item, dict_items)
    if field is None:
        return False
    return not dict_items or field == "name" or isinstance(node, ast.Call)


def _is_plain_statement(statement: ast.stmt, item: str) -> bool:
    """A per-item statement a lookup may drop: an expression statement such as
    a log call, with no control flow and no assignment."""
    return isinstance(statement, (ast.Expr, ast.Pass)) and not any(
        isinstance(n, (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr))
        for n in ast.walk(statement)
    )


def consumes(parent: ast.AST | None, node: ast.AST) -> bool:
    """Whether ``parent`` runs the iterable ``node`` at once."""
    if isinstance(parent, (ast.For, ast.comprehension)):
        return parent.iter is node
    return (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id in CONSUMERS
        and node in parent.args
    )


def lazily_read(node: ast.AST, stop: ast.AST, parents: Parents) -> bool:
    """Whether ``node`` (below ``stop``) is evaluated later than the code
    around it: in a lambda or function, or in a generator expression that
    is not consumed where it is made (its first iterable excepted)."""
    child, parent = node, parents.get(node)
    while parent is not None and parent is not stop:
        if isinstance(parent, FUNCTIONS):
            # A lambda's own parameter of that name is another variable.
            return not (isinstance(node, ast.Name) and _own_name(parent, node.id))
        if isinstance(parent, ast.GeneratorExp) and not consumes(parents.get(parent), parent):
            return True
        if isinstance(parent, ast.comprehension) and child is parent.iter:
            grand = parents.get(parent)
            if isinstance(grand, ast.GeneratorExp) and grand.generators[0] is parent:
                child, parent = grand, parents.get(grand)  # the first iterable runs at once
                continue
        child, parent = parent, parents.get(parent)
    return False


def loop_variable_is_local(loop: ast.For, item: str, parents: Parents) -> bool:
    """Whether the loop variable is the function's own: not a module or class
    attribute, nor declared global or nonlocal (other code reads those)."""
    scope = defining_scope(loop, parents)
    return isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)) and not any(
        isinstance(n, (ast.Global, ast.Nonlocal)) and item in n.names for n in ast.walk(scope)
    )


def mentions_after(loop: ast.For, item: str, parents: Parents) -> bool:
    """Whether the loop variable may be read after the loop: a mention of the
    name that no other loop or comprehension rebinds, and that comes later in
    its scope (the loop's ``else`` included), or runs later (in a nested
    function, lambda or generator, even one made in the loop's body, or
    anywhere in a loop around this one)."""
    inside = {n for part in (loop.target, loop.iter, *loop.body) for n in ast.walk(part)}
    last = loop.body[-1]
    end = (last.end_lineno or last.lineno, last.end_col_offset or 0)
    scope = scope_of(loop, parents)
    looped = _enclosed_by(loop, scope, (ast.For, ast.AsyncFor, ast.While), parents)
    for node in ast.walk(scope):
        if not (isinstance(node, ast.Name) and node.id == item):
            continue
        if node in inside:
            # A function or lazy generator made in the body reads the
            # variable when it runs.
            later = lazily_read(node, loop, parents)
        else:
            later = (
                (node.lineno, node.col_offset) >= end
                or looped
                or _enclosed_by(node, scope, _DEFERRED, parents)
            )
        if later and not _rebound_around(node, item, loop if node in inside else scope, parents):
            return True
    return False


# Statements that can go on after code inside them raised.
_CATCHING = (ast.Try, ast.TryStar, ast.With, ast.AsyncWith)
# Code in these runs when called or consumed, maybe after the loop.
_DEFERRED = (*FUNCTIONS, ast.GeneratorExp)


def _enclosed_by(
    node: ast.AST, scope: ast.AST, kinds: tuple[type[ast.AST], ...], parents: Parents
) -> bool:
    """Whether a node of ``kinds`` lies between ``node`` and ``scope``."""
    parent = parents.get(node)
    while parent is not None and parent is not scope:
        if isinstance(parent, kinds):
            return True
        parent = parents.get(parent)
    return False


def defining_scope(node: ast.AST, parents: Parents) -> ast.AST:
    """The function, class body or module whose names ``node``'s bindings are."""
    parent = parents[node]
    while not isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
        parent = parents[parent]
    return parent


def _rebound_around(node: ast.AST, name: str, scope: ast.AST, parents: Parents) -> bool:
    """Whether ``name`` at ``node`` is another variable: one that an enclosing
    ``for`` or comprehension binds, or a parameter or local of a nested
    function or lambda."""
    child, parent = node, parents.get(node)
    while parent is not None and parent is not scope:
        if isinstance(parent, (ast.For, ast.AsyncFor)):
            targets = [] if child is parent.iter else [parent.target]
        elif isinstance(parent, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            targets = [g.target for g in parent.generators]
        elif isinstance(parent, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            if _own_name(parent, name):
                return True
            targets = []
        else:
            targets = []
        if any(mentions(t, name) for t in targets):
            return True
        child, parent = parent, parents.get(parent)
    return False


def _own_name(function: ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """Whether ``name`` inside ``function`` is its own: a parameter, or
    assigned there without a ``nonlocal`` or ``global`` declaration."""
    arguments = function.args
    parameters = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    parameters += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    if any(a.arg == name for a in parameters):
        return True
    nodes = list(ast.walk(function))
    if any(isinstance(n, (ast.Nonlocal, ast.Global)) and name in n.names for n in nodes):
        return False
    return any(
        isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load) for n in nodes
    )


_PLACEHOLDER = ast.Constant(None)  # the name is filled in by in_loop


def _returning_loop(
    loop: ast.For, body: list[ast.stmt], item: str, parents: Parents
) -> Search | None:
    """``return True`` / ``return item`` on a match, a fallback after."""
    returned = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
    if returned is None:
        return None
    after = _statement_after(loop, parents)
    fallback: ast.AST | None = None
    last: ast.stmt = loop
    if loop.orelse:
        if len(loop.orelse) == 1 and isinstance(loop.orelse[0], ast.Return):
            fallback = loop.orelse[0].value or ast.Constant(None)
    elif isinstance(after, ast.Return):
        fallback, last = after.value or ast.Constant(None), after
    elif after is None and isinstance(parents.get(loop), (ast.FunctionDef, ast.AsyncFunctionDef)):
        fallback = ast.Constant(None)  # falling off the end returns None
    if is_constant(returned, True) and is_constant(fallback, False):
        return Search(loop, last, _PLACEHOLDER, template="return {call}")
    if is_constant(returned, False) and is_constant(fallback, True):
        return Search(loop, last, _PLACEHOLDER, template="return not {call}")
    if not (isinstance(returned, ast.Name) and returned.id == item):
        if mentions(returned, item):
            return Search(
                loop, last, _PLACEHOLDER, blocker="the match returns a value computed from the item"
            )
        return None
    if is_constant(fallback, None):
        return Search(loop, last, _PLACEHOLDER, template="return {call}", helper="read_or_none")
    if fallback is None:
        reason = "the loop ends by raising" if isinstance(after, ast.Raise) else None
        return None if reason is None else Search(loop, last, _PLACEHOLDER, blocker=reason)
    if is_pure(fallback) and not mentions(fallback, item):
        return Search(
            loop,
            last,
            _PLACEHOLDER,
            template="return {call}",
            helper="read_or_default",
            leading=fallback,  # type: ignore[arg-type]
            unsafe=None if is_plain(fallback) else _EARLY_DEFAULT,
        )
    return Search(
        loop, last, _PLACEHOLDER, blocker="the fallback after the loop may have side effects"
    )


def _break_else_loop(
    loop: ast.For, body: list[ast.stmt], item: str, parents: Parents
) -> Search | None:
    """``for item in items: if match: break`` ``else: item = None``: the
    loop leaves the match in its variable, or the else's value where none
    matched.  It becomes ``item = <read>``, and what comes after reads the
    variable as before."""
    if not (len(body) == 1 and isinstance(body[0], ast.Break) and len(loop.orelse) == 1):
        return None
    other = loop.orelse[0]
    if not (
        isinstance(other, ast.Assign)
        and len(other.targets) == 1
        and isinstance(other.targets[0], ast.Name)
        and other.targets[0].id == item
    ):
        return None
    scope = scope_of(loop, parents)
    if any(isinstance(n, (ast.Global, ast.Nonlocal)) and item in n.names for n in ast.walk(scope)):
        return None
    template = f"{item} = {{call}}"
    if is_constant(other.value, None):
        return Search(loop, loop, _PLACEHOLDER, template=template, helper="read_or_none")
    if is_pure(other.value) and not mentions(other.value, item):
        return Search(
            loop,
            loop,
            _PLACEHOLDER,
            template=template,
            helper="read_or_default",
            leading=other.value,
            unsafe=None if is_plain(other.value) else _EARLY_DEFAULT,
        )
    return None


def _flag_loop(
    loop: ast.For, body: list[ast.stmt], item: str, found: NameTest, parents: Parents
) -> Search | None:
    """``flag = None`` ... ``for``: ``if match: flag = item; break``.

    The loop becomes ``flag = <read>``.  That is the same only if the flag
    holds its first value when the loop starts: it got it on the way there
    (no loop around, nothing between that uses it).  That first value goes
    only when it sits in the loop's own block with no ``try`` or ``with``
    around; elsewhere it stays, for the paths where the read raises.
    """
    if loop.orelse or not body or not isinstance(body[0], ast.Assign):
        return None
    if (len(body) == 2 and not isinstance(body[1], ast.Break)) or len(body) > 2:
        return None
    assignment = body[0]
    if not (len(assignment.targets) == 1 and isinstance(assignment.targets[0], ast.Name)):
        return None
    flag = assignment.targets[0].id
    if mentions(found.name, flag) or (
        found.namespace is not None and mentions(found.namespace, flag)
    ):
        return Search(
            loop, loop, _PLACEHOLDER, blocker="the name compared is the flag the loop sets"
        )
    scope = scope_of(loop, parents)
    if any(isinstance(n, (ast.Global, ast.Nonlocal)) and flag in n.names for n in ast.walk(scope)):
        reason = f"`{flag}` is declared global or nonlocal: other code may read or change it"
        return Search(loop, loop, _PLACEHOLDER, blocker=reason)
    initial, reason = _first_value(loop, flag, parents)
    if initial is None:
        return Search(loop, loop, _PLACEHOLDER, blocker=reason)
    # The first value goes only where nothing could read the flag after the
    # read raised: no try or with around the loop (an except, finally or a
    # suppressing context manager would see it unset). An annotated first
    # value stays too: it declares the flag's type.
    same_block = statement_list(initial, parents) is statement_list(loop, parents)
    caught = _enclosed_by(loop, scope, _CATCHING, parents)
    moved = (initial,) if same_block and not caught and isinstance(initial, ast.Assign) else ()
    start, value = initial.value, assignment.value
    assert start is not None
    template = f"{flag} = {{call}}"
    if is_constant(value, True) and is_constant(start, False):
        return Search(loop, loop, _PLACEHOLDER, template=template, moved=moved)
    if not (isinstance(value, ast.Name) and value.id == item):
        return None
    if is_constant(start, None):
        return Search(
            loop, loop, _PLACEHOLDER, template=template, helper="read_or_none", moved=moved
        )
    if is_pure(start) and not mentions(start, flag):
        return Search(
            loop,
            loop,
            _PLACEHOLDER,
            template=template,
            helper="read_or_default",
            leading=start,
            unsafe=None if is_plain(start) else _EARLY_DEFAULT,
            moved=moved,
        )
    return None


def _first_value(
    loop: ast.For, flag: str, parents: Parents
) -> tuple[ast.Assign | ast.AnnAssign | None, str]:
    """``flag = ...`` run on the way to the loop with nothing after it that
    mentions the flag, in the loop's block or in a block around it that
    reaches the loop without looping (an ``if``, ``with`` or ``try`` body);
    or why there is none."""
    statement: ast.stmt = loop
    while True:
        block = statement_list(statement, parents)
        for earlier in reversed(block[: block.index(statement)]):
            if isinstance(earlier, (ast.Assign, ast.AnnAssign)):
                targets = earlier.targets if isinstance(earlier, ast.Assign) else [earlier.target]
                if (
                    earlier.value is not None
                    and len(targets) == 1
                    and isinstance(targets[0], ast.Name)
                    and targets[0].id == flag
                ):
                    return earlier, ""
            if mentions(earlier, flag):
                return None, f"`{flag}` is used between its first value and the loop"
        parent = parents[statement]
        header: list[ast.AST]
        if isinstance(parent, ast.If):
            header = [parent.test]
        elif isinstance(parent, (ast.With, ast.AsyncWith)):
            header = list(parent.items)
        elif isinstance(parent, ast.Try) and statement in parent.body:
            header = []
        elif isinstance(parent, (ast.For, ast.AsyncFor, ast.While)):
            return None, f"the search runs again in a loop around it, where `{flag}` may be set"
        else:
            return None, f"`{flag}` gets its first value outside the loop's block"
        if any(mentions(h, flag) for h in header):
            return None, f"`{flag}` is used between its first value and the loop"
        statement = parent


def is_constant(node: ast.AST | None, value: object) -> bool:
    """Whether ``node`` is the literal ``value`` (``True``, ``False``, ``None``)."""
    return isinstance(node, ast.Constant) and node.value is value


def _statement_after(stmt: ast.stmt, parents: Parents) -> ast.stmt | None:
    body = statement_list(stmt, parents)
    index = body.index(stmt)
    return body[index + 1] if index + 1 < len(body) else None


RECOGNISERS = (in_view, in_loop)
