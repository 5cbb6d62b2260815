"""Behaviour-preserving variations of the corpus cases (issue 17, item 6).

A metamorphic test takes a case, changes how its code is written but not
what it does, and expects the same verdict: a positive stays flagged and its
fix keeps behaving the same; a trap stays unfixed (``metamorphic_check``
runs the variants, ``tests/test_metamorphic.py`` a sample of them,
``benchmarks/metamorphic.py`` all of them).

Each variation is one small libcst transform in ``VARIATIONS``: it finds the
case's list call generically (a call of a ``list_*`` method, or the dynamic
client's ``resource.get(...)`` without a name; awaited or not) and returns
the variant, or None where it does not apply.  libcst rather than ``ast``:
comments, ``# noqa`` pragmas and line endings stay where they were.  A
variant is a set of files (``Files``): most variations change the case's
module; moving the list into another module adds ``k8s_helpers.py``.

The transforms do not prove that they keep behaviour (a hoisted call may
run earlier than something with a side effect): every variant is run
against the original in every cluster state before it counts, and discarded
when it behaves differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import NamedTuple, TypeVar

import libcst as cst
from libcst.metadata import (
    ComprehensionScope,
    FunctionScope,
    MetadataWrapper,
    Scope,
    ScopeProvider,
)

Files = dict[str, str]  # file name -> source; the case's own module first
HELPERS = "k8s_helpers.py"  # the sibling module helper-other-module writes

_Node = TypeVar("_Node", bound=cst.CSTNode)


class Target(NamedTuple):
    """Which list call the variations change: the ``ordinal``-th call of
    ``method`` in the files, in source order (a variation may move the call
    to another place or file; its method stays)."""

    method: str  # "list_namespaced_job", or "get" for the dynamic client
    ordinal: int = 0


# Finding the list call.


def _is_dynamic_list(call: cst.Call) -> bool:
    """``resource.get(namespace=...)`` lists; ``dict.get(key)`` takes a
    positional key, ``resources.get(api_version=..., kind=...)`` finds the
    resource type and ``get(name=...)`` reads."""
    assert isinstance(call.func, cst.Attribute)
    if any(arg.keyword is None for arg in call.args):
        return False
    receiver = call.func.value
    if isinstance(receiver, cst.Attribute) and receiver.attr.value == "resources":
        return False
    keywords = {arg.keyword.value for arg in call.args if arg.keyword is not None}
    return not keywords & {"name", "api_version", "kind"}


def list_method(node: cst.CSTNode) -> str | None:
    """The method a list call calls; None for any other node."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)):
        return None
    method = node.func.attr.value
    if method.startswith("list_") or (method == "get" and _is_dynamic_list(node)):
        return method
    return None


class _ListCalls(cst.CSTVisitor):
    def __init__(self) -> None:
        self.calls: list[cst.Call] = []

    def visit_Call(self, node: cst.Call) -> None:
        if list_method(node) is not None:
            self.calls.append(node)


def list_calls(module: cst.Module) -> list[cst.Call]:
    """The list calls of a module, in source order."""
    visitor = _ListCalls()
    module.visit(visitor)
    return visitor.calls


class _Parents(cst.CSTVisitor):
    """Each node's parent (libcst's ParentNodeProvider does the same, five
    times slower)."""

    def __init__(self) -> None:
        self.stack: list[cst.CSTNode] = []
        self.parents: dict[cst.CSTNode, cst.CSTNode] = {}

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self.stack:
            self.parents[node] = self.stack[-1]
        self.stack.append(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.stack.pop()


class Site:
    """The target list call in its module, with what the transforms need to
    know about where it sits."""

    def __init__(self, files: Files, filename: str, module: cst.Module, call: cst.Call) -> None:
        self.files, self.filename, self.module, self.call = files, filename, module, call
        visitor = _Parents()
        module.visit(visitor)
        self.parents: Mapping[cst.CSTNode, cst.CSTNode] = visitor.parents
        parent = self.parents.get(call)
        # The response is the awaited value where the client is asyncio's.
        self.expr: cst.BaseExpression = parent if isinstance(parent, cst.Await) else call

    @cached_property
    def scopes(self) -> Mapping[cst.CSTNode, Scope | None]:
        # No copy: the scopes are those of this very tree's nodes.
        return MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(ScopeProvider)

    @property
    def awaited(self) -> bool:
        return self.expr is not self.call

    @property
    def dict_items(self) -> bool:
        """Custom objects are dicts; typed and dynamic objects have attributes."""
        return "custom_object" in (list_method(self.call) or "")

    def ancestors(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        while node in self.parents:
            node = self.parents[node]
            yield node

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    def with_module(self, module: cst.Module) -> Files:
        return {**self.files, self.filename: module.code}

    def replaced(self, old: cst.CSTNode, new: cst.CSTNode) -> Files:
        return self.with_module(replace_all(self.module, {id(old): new}))

    def fresh(self, base: str) -> str:
        return fresh(self.files, base)


def find(files: Files, target: Target) -> Site | None:
    """The target's site, or None when the files have no such call."""
    count = 0
    for filename, source in files.items():
        module = cst.parse_module(source)
        for call in list_calls(module):
            if list_method(call) != target.method:
                continue
            if count == target.ordinal:
                return Site(files, filename, module, call)
            count += 1
    return None


def fresh(files: Files, base: str, taken: Iterable[str] = ()) -> str:
    """``base``, or ``base2``, ``base3``...: a name no file uses yet (nor
    ``taken``)."""
    taken = {*taken, *re.findall(r"\w+", "\n".join(files.values()))}
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}{number}"
    return name


# Statements: where the list call sits, and moving code out of them.


def statement_of(site: Site, node: cst.CSTNode) -> cst.BaseStatement | None:
    """The statement holding ``node`` in a body (a module's or a block's);
    None where that statement is no body's (an ``elif``, a one-line suite)."""
    for ancestor in site.ancestors(node):
        if isinstance(ancestor, cst.BaseStatement):
            parent = site.parents.get(ancestor)
            return ancestor if isinstance(parent, cst.Module | cst.IndentedBlock) else None
    return None


_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)


def _runs_once_with(site: Site, parent: cst.CSTNode, child: cst.CSTNode) -> bool:
    """Whether ``child`` is evaluated exactly once whenever ``parent`` is, and
    before it does anything else that its statement could skip or repeat."""
    if isinstance(parent, cst.Lambda | cst.While | cst.SimpleStatementSuite | cst.IndentedBlock):
        return False
    if isinstance(parent, cst.BooleanOperation):
        return child is parent.left
    if isinstance(parent, cst.IfExp):
        return child is parent.test
    if isinstance(parent, cst.CompFor):
        # Only the outermost iterable of a comprehension is evaluated at once.
        return child is parent.iter and not isinstance(site.parents.get(parent), cst.CompFor)
    if isinstance(parent, _COMPREHENSIONS):
        return child is parent.for_in
    if isinstance(parent, cst.If):
        return child is parent.test
    if isinstance(parent, cst.For):
        return child is parent.iter
    if isinstance(parent, cst.SimpleStatementLine):
        return child is parent.body[0]
    return True


def hoistable(site: Site, node: cst.CSTNode, statement: cst.BaseStatement) -> bool:
    """Whether ``node`` can be evaluated in a statement of its own just
    before ``statement``: not in a lambda, a loop's test, the right of
    ``and``/``or``, a branch of ``x if c else y`` or a comprehension's
    element (there it runs later, repeatedly or not at all)."""
    child = node
    for parent in site.ancestors(node):
        if not _runs_once_with(site, parent, child):
            return False
        if parent is statement:
            return True
        child = parent
    return False


def _leading(statement: cst.BaseStatement) -> Sequence[cst.EmptyLine]:
    assert isinstance(statement, cst.SimpleStatementLine | cst.BaseCompoundStatement)
    return statement.leading_lines


def insert_before(
    site: Site,
    statement: cst.BaseStatement,
    new: Sequence[cst.BaseStatement],
    replacement: cst.BaseStatement,
    spacing: Sequence[cst.EmptyLine] = (),
) -> Files:
    """``statement`` replaced by ``new`` then ``replacement`` (after
    ``spacing``); the comment lines above it stay above all of them."""
    container = site.parents[statement]
    body = list(container.body) if isinstance(container, cst.Module | cst.IndentedBlock) else []
    index = next(i for i, s in enumerate(body) if s is statement)
    statements = [*new, replacement.with_changes(leading_lines=spacing)]
    statements[0] = statements[0].with_changes(leading_lines=_leading(statement))
    body[index : index + 1] = statements
    if isinstance(container, cst.Module):
        return site.with_module(container.with_changes(body=body))
    return site.replaced(container, container.with_changes(body=body))


class _Replace(cst.CSTTransformer):
    """Nodes replaced by identity, all in one pass."""

    def __init__(self, replacements: Mapping[int, cst.CSTNode]) -> None:
        super().__init__()
        self.replacements = replacements

    def on_leave(  # type: ignore[override]  # any node may replace any other
        self, original_node: cst.CSTNode, updated_node: cst.CSTNode
    ) -> cst.CSTNode:
        return self.replacements.get(id(original_node), updated_node)


def replace_all(tree: _Node, replacements: Mapping[int, cst.CSTNode]) -> _Node:
    changed = tree.visit(_Replace(replacements))
    assert isinstance(changed, type(tree))
    return changed


def assignment(
    name: str, value: cst.BaseExpression, annotation: str | None = None
) -> cst.BaseStatement:
    target = cst.Name(name)
    if "\n" in cst.Module([]).code_for_node(value) and not getattr(value, "lpar", True):
        # Taken out of the brackets that let it span lines, it needs its own.
        value = value.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    if annotation is None:
        small: cst.BaseSmallStatement = cst.Assign([cst.AssignTarget(target)], value)
    else:
        small = cst.AnnAssign(target, cst.Annotation(cst.parse_expression(annotation)), value)
    return cst.SimpleStatementLine([small])


def hoist(
    site: Site, node: cst.BaseExpression, base: str, annotation: str | None = None
) -> tuple[cst.BaseStatement, cst.BaseStatement, cst.BaseStatement, str] | None:
    """``name = node`` and the statement that held ``node`` with ``name`` in
    its place (with the original statement and the name), or None where
    ``node`` cannot be evaluated before its statement."""
    statement = statement_of(site, node)
    if statement is None or not hoistable(site, node, statement):
        return None
    name = site.fresh(base)
    rest = replace_all(statement, {id(node): cst.Name(name)})
    return assignment(name, node, annotation), rest, statement, name


def hoisted(
    site: Site, node: cst.BaseExpression, base: str, annotation: str | None = None
) -> Files | None:
    moved = hoist(site, node, base, annotation)
    if moved is None:
        return None
    binding, rest, statement, _ = moved
    return insert_before(site, statement, [binding], rest)


# Values: the response, its items, an item's name.


def _is_cast(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Call) and cst.Module([]).code_for_node(node.func) in (
        "cast",
        "typing.cast",
    )


def response_of(site: Site) -> cst.BaseExpression:
    """The list call's response as an expression: the call (or its
    ``await``), seen through ``cast(T, ...)`` around it."""
    node = site.expr
    while True:
        arg = site.parents.get(node)
        call = site.parents.get(arg) if arg is not None else None
        if not (isinstance(arg, cst.Arg) and call is not None and _is_cast(call)):
            return node
        assert isinstance(call, cst.Call)
        if call.args[-1] is not arg:
            return node
        node = call


def items_access(parent: cst.CSTNode | None, value: cst.CSTNode) -> bool:
    """Whether ``parent`` is ``value.items`` or ``value["items"]``."""
    if isinstance(parent, cst.Attribute):
        return parent.value is value and parent.attr.value == "items"
    if isinstance(parent, cst.Subscript) and parent.value is value and len(parent.slice) == 1:
        index = parent.slice[0].slice
        return (
            isinstance(index, cst.Index)
            and isinstance(index.value, cst.SimpleString)
            and index.value.evaluated_value == "items"
        )
    return False


def bound_name(site: Site, value: cst.BaseExpression) -> cst.Name | None:
    """``N`` where the statement is ``N = value`` or ``N: T = value``."""
    parent = site.parents.get(value)
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
        target = parent.targets[0].target
    elif isinstance(parent, cst.AnnAssign):
        target = parent.target
    else:
        return None
    return target if isinstance(target, cst.Name) and parent.value is value else None


def only_binding_uses(site: Site, name: cst.Name) -> list[cst.CSTNode]:
    """The uses of ``name`` where this is the only binding of it in its
    scope (so every use sees this value); empty otherwise."""
    scope = site.scopes.get(name)
    if scope is None:
        return []
    bindings = scope.assignments[name.value]
    if len(bindings) != 1:
        return []
    (binding,) = bindings
    return [access.node for access in binding.references]


def in_source_order(site: Site, nodes: Sequence[cst.CSTNode]) -> list[cst.CSTNode]:
    wanted = {id(n) for n in nodes}
    found: list[cst.CSTNode] = []

    class Walk(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            if id(node) in wanted:
                found.append(node)
            return True

    site.module.visit(Walk())
    return found


def items_of(site: Site) -> cst.BaseExpression | None:
    """An expression whose value is the list's items: ``<response>.items``
    (or ``["items"]``), or that of a local the response is bound to once."""
    response = response_of(site)
    parent = site.parents.get(response)
    if isinstance(parent, cst.BaseExpression) and items_access(parent, response):
        return parent
    name = bound_name(site, response)
    if name is None:
        return None
    for use in in_source_order(site, only_binding_uses(site, name)):
        parent = site.parents.get(use)
        if isinstance(parent, cst.BaseExpression) and items_access(parent, use):
            return parent
    return None


def name_access_item(node: cst.CSTNode) -> cst.Name | None:
    """``X`` where ``node`` is ``X.metadata.name`` or ``X["metadata"]["name"]``."""
    if isinstance(node, cst.Attribute) and node.attr.value == "name":
        inner = node.value
        if isinstance(inner, cst.Attribute) and inner.attr.value == "metadata":
            return inner.value if isinstance(inner.value, cst.Name) else None
    if isinstance(node, cst.Subscript) and _subscript_key(node) == "name":
        inner = node.value
        if isinstance(inner, cst.Subscript) and _subscript_key(inner) == "metadata":
            return inner.value if isinstance(inner.value, cst.Name) else None
    return None


def _subscript_key(node: cst.Subscript) -> str | None:
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
        return None
    key = node.slice[0].slice.value
    if not isinstance(key, cst.SimpleString):
        return None
    value = key.evaluated_value
    return value if isinstance(value, str) else None


def name_comparison(node: cst.Comparison) -> tuple[cst.BaseExpression, cst.Name] | None:
    """The name access and its item where ``node`` is ``<item name> ==
    <expr>`` or ``!=`` (either way round)."""
    if len(node.comparisons) != 1:
        return None
    if not isinstance(node.comparisons[0].operator, cst.Equal | cst.NotEqual):
        return None
    for side in (node.left, node.comparisons[0].comparator):
        item = name_access_item(side)
        if item is not None:
            return side, item
    return None


def parenthesized(node: _Node) -> _Node:
    return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def call(function: str, *args: cst.BaseExpression, **keywords: cst.BaseExpression) -> cst.Call:
    no_space = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))
    return cst.Call(
        cst.parse_expression(function),
        [cst.Arg(a) for a in args]
        + [cst.Arg(v, keyword=cst.Name(k), equal=no_space) for k, v in keywords.items()],
    )


def _is_preamble(statement: cst.BaseStatement, index: int) -> bool:
    """A module docstring (first) or a ``__future__`` import."""
    if not isinstance(statement, cst.SimpleStatementLine):
        return False
    small = statement.body[0]
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.SimpleString):
        return index == 0
    return (
        isinstance(small, cst.ImportFrom)
        and isinstance(small.module, cst.Name)
        and small.module.value == "__future__"
    )


def with_import(files: Files, filename: str, statement: str) -> Files:
    """An import statement added to a file after its docstring and
    ``__future__`` imports, unless the file has it already."""
    module = cst.parse_module(files[filename])
    if any(module.code_for_node(s).strip() == statement for s in module.body):
        return files
    index = 0
    while index < len(module.body) and _is_preamble(module.body[index], index):
        index += 1
    rest = list(module.body[index:])
    if rest and isinstance(rest[0], cst.FunctionDef | cst.ClassDef) and not rest[0].leading_lines:
        # A definition right after the import: two blank lines, as black writes.
        rest[0] = rest[0].with_changes(leading_lines=[cst.EmptyLine(), cst.EmptyLine()])
    body = [*module.body[:index], cst.parse_statement(statement + "\n"), *rest]
    return {**files, filename: module.with_changes(body=body).code}


# The variations.


def extract_local(files: Files, target: Target) -> Files | None:
    """``f(api.list_x(ns).items)`` -> ``response = api.list_x(ns)`` then
    ``f(response.items)``."""
    site = find(files, target)
    return None if site is None else hoisted(site, site.expr, "response")


def extract_items_local(files: Files, target: Target) -> Files | None:
    """``for j in api.list_x(ns).items:`` -> ``items = api.list_x(ns).items``
    then ``for j in items:``."""
    site = find(files, target)
    items = None if site is None else items_of(site)
    return None if site is None or items is None else hoisted(site, items, "listed_items")


def typed_local(files: Files, target: Target) -> Files | None:
    """``jobs = api.list_x(ns)`` -> ``jobs: Any = api.list_x(ns)`` (a new
    annotated local where the response had none)."""
    site = find(files, target)
    if site is None:
        return None
    name = bound_name(site, site.expr)
    parent = site.parents.get(site.expr)
    if name is not None and isinstance(parent, cst.Assign):
        annotated = cst.AnnAssign(name, cst.Annotation(cst.Name("Any")), site.expr)
        changed: Files | None = site.replaced(parent, annotated)
    else:
        changed = hoisted(site, site.expr, "response", annotation="Any")
    return (
        None if changed is None else with_import(changed, site.filename, "from typing import Any")
    )


def _wrap_items(
    files: Files, target: Target, wrap: Callable[[Site, cst.BaseExpression], cst.BaseExpression]
) -> Files | None:
    site = find(files, target)
    items = None if site is None else items_of(site)
    if site is None or items is None:
        return None
    return site.replaced(items, wrap(site, items))


def _sorted_by_name(site: Site, items: cst.BaseExpression) -> cst.BaseExpression:
    # By name: valid for models, dicts and dynamic objects alike; it keeps
    # every item (the behaviour check discards cases where order mattered).
    key = 'item["metadata"]["name"]' if site.dict_items else "item.metadata.name"
    return call("sorted", items, key=cst.parse_expression(f"lambda item: {key}"))


def wrap_sorted(files: Files, target: Target) -> Files | None:
    """``X.items`` -> ``sorted(X.items, key=lambda item: <its name>)``."""
    return _wrap_items(files, target, _sorted_by_name)


def wrap_list(files: Files, target: Target) -> Files | None:
    """``X.items`` -> ``list(X.items)``."""
    return _wrap_items(files, target, lambda site, items: call("list", items))


def or_empty(files: Files, target: Target) -> Files | None:
    """``X.items`` -> ``(X.items or [])``."""

    def wrap(site: Site, items: cst.BaseExpression) -> cst.BaseExpression:
        return parenthesized(cst.BooleanOperation(items, cst.Or(), cst.List([])))

    return _wrap_items(files, target, wrap)


def wrap_cast(files: Files, target: Target) -> Files | None:
    """``api.list_x(ns)`` -> ``typing.cast("Any", api.list_x(ns))``."""
    site = find(files, target)
    if site is None:
        return None
    changed = site.replaced(site.expr, call("typing.cast", cst.SimpleString('"Any"'), site.expr))
    return with_import(changed, site.filename, "import typing")


class _Guard(cst.CSTTransformer):
    """Each ``item.metadata.name == n`` gets ``item.metadata is not None
    and`` before it (dicts: ``"metadata" in item and``); ``!=`` gets ``is
    None or``: false only where the original raised."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = False

    def leave_Comparison(
        self, original_node: cst.Comparison, updated_node: cst.Comparison
    ) -> cst.BaseExpression:
        found = name_comparison(updated_node)
        if found is None:
            return updated_node
        access, item = found
        equal = isinstance(updated_node.comparisons[0].operator, cst.Equal)
        if isinstance(access, cst.Attribute):
            guard = f"{item.value}.metadata is {'not ' if equal else ''}None"
        else:
            guard = f'"metadata" {"" if equal else "not "}in {item.value}'
        operator: cst.BaseBooleanOp = cst.And() if equal else cst.Or()
        self.changed = True
        return parenthesized(
            cst.BooleanOperation(cst.parse_expression(guard), operator, updated_node)
        )


def guard(files: Files, target: Target) -> Files | None:
    """``j.metadata.name == name`` -> ``(j.metadata is not None and
    j.metadata.name == name)``, in every file."""
    changed = dict(files)
    for filename, source in files.items():
        transformer = _Guard()
        module = cst.parse_module(source).visit(transformer)
        if transformer.changed:
            changed[filename] = module.code
    return changed if changed != files else None


class _LoopNameAccesses(cst.CSTVisitor):
    """The name accesses of the loop variable ``item`` in a loop's body,
    outside nested functions and classes."""

    def __init__(self, item: str) -> None:
        self.item = item
        self.accesses: list[cst.BaseExpression] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_Comparison(self, node: cst.Comparison) -> None:
        found = name_comparison(node)
        if found is not None and found[1].value == self.item:
            self.accesses.append(found[0])


class _Loops(cst.CSTVisitor):
    def __init__(self) -> None:
        self.loops: list[cst.For] = []

    def visit_For(self, node: cst.For) -> None:
        self.loops.append(node)


def name_local(files: Files, target: Target) -> Files | None:
    """``for j in ...: if j.metadata.name == name:`` -> the loop's first
    statement binds ``item_name = j.metadata.name``, compared instead."""
    for filename, source in files.items():
        module = cst.parse_module(source)
        loops = _Loops()
        module.visit(loops)
        for loop in loops.loops:
            if not (isinstance(loop.target, cst.Name) and isinstance(loop.body, cst.IndentedBlock)):
                continue
            accesses = _LoopNameAccesses(loop.target.value)
            loop.body.visit(accesses)
            if accesses.accesses:
                name = fresh(files, "item_name")
                body = replace_all(loop.body, {id(a): cst.Name(name) for a in accesses.accesses})
                binding = assignment(name, accesses.accesses[0])
                body = body.with_changes(body=[binding, *body.body])
                changed = replace_all(module, {id(loop): loop.with_changes(body=body)})
                return {**files, filename: changed.code}
    return None


_SPLIT = (cst.Return, cst.Assign, cst.AnnAssign)


def _top_expression(statement: cst.BaseStatement) -> cst.BaseExpression | None:
    """The expression a statement is about: what it returns or assigns, or
    an ``if``'s test."""
    if isinstance(statement, cst.If):
        return statement.test
    if isinstance(statement, cst.SimpleStatementLine) and isinstance(statement.body[0], _SPLIT):
        return statement.body[0].value
    return None


def split_statement(files: Files, target: Target) -> Files | None:
    """``return any(... api.list_x(ns).items ...)`` -> ``result = any(...)``
    then ``return result`` (also an assignment's value, an ``if``'s test)."""
    site = find(files, target)
    statement = None if site is None else statement_of(site, site.expr)
    if site is None or statement is None or not hoistable(site, site.expr, statement):
        return None
    top = _top_expression(statement)
    # Splitting off the response or its items alone is extract-local's.
    if top is None or top is response_of(site) or top is items_of(site):
        return None
    return hoisted(site, top, "result")


def try_reraise(files: Files, target: Target) -> Files | None:
    """The statement holding the list call goes into ``try:`` with ``except
    Exception: raise``."""
    site = find(files, target)
    statement = None if site is None else statement_of(site, site.expr)
    if site is None or statement is None:
        return None
    reraise = cst.IndentedBlock([cst.SimpleStatementLine([cst.Raise()])])
    wrapped = cst.Try(
        cst.IndentedBlock([statement.with_changes(leading_lines=())]),
        handlers=[cst.ExceptHandler(reraise, type=cst.Name("Exception"))],
    )
    return insert_before(site, statement, [], wrapped)


def retry_loop(files: Files, target: Target) -> Files | None:
    """``response = <list call>``, then ``for attempt in range(2):`` lists
    again with the same arguments, then the search uses ``response``."""
    site = find(files, target)
    moved = None if site is None else hoist(site, site.expr, "response")
    if site is None or moved is None:
        return None
    binding, rest, statement, name = moved
    again = assignment(name, site.expr.deep_clone())
    loop = cst.For(
        cst.Name(site.fresh("attempt")),
        cst.parse_expression("range(2)"),
        cst.IndentedBlock([again]),
    )
    return insert_before(site, statement, [binding, loop], rest)


# A realistic name for each renamed local; others get a `my_` prefix.
_RENAMES = {
    "name": "wanted",
    "namespace": "ns",
    "api": "client_api",
    "batch": "batch_api",
    "core": "core_api",
    "jobs": "found_jobs",
    "job": "candidate",
    "pods": "found_pods",
    "pod": "candidate",
    "items": "objects",
    "item": "obj",
}


def _function_of(site: Site) -> cst.FunctionDef | None:
    return next((a for a in site.ancestors(site.call) if isinstance(a, cst.FunctionDef)), None)


def _scopes_within(site: Site, function: cst.FunctionDef) -> list[Scope]:
    """The function's scope and its comprehensions' (not nested functions')."""
    first = function.body.body[0] if function.body.body else None
    own = site.scopes.get(first) if first is not None else None
    if not isinstance(own, FunctionScope):
        return []
    scopes: list[Scope] = [own]
    for scope in {s for s in site.scopes.values() if isinstance(s, ComprehensionScope)}:
        parent: Scope | None = scope
        while isinstance(parent, ComprehensionScope):
            parent = parent.parent
        if parent is own:
            scopes.append(scope)
    return scopes


def _parameters(function: cst.FunctionDef) -> list[cst.Param]:
    params = function.params
    star = [p for p in (params.star_arg, params.star_kwarg) if isinstance(p, cst.Param)]
    return [*params.posonly_params, *params.params, *params.kwonly_params, *star]


def _renamed_nodes(site: Site, scope: Scope, name: str) -> list[cst.CSTNode] | None:
    """Every binding and use of a local, or None if one of its bindings is
    no plain name (an import, a def)."""
    nodes: list[cst.CSTNode] = []
    for binding in scope.assignments[name]:
        node = getattr(binding, "node", None)
        if isinstance(node, cst.Param):
            nodes.append(node.name)
        elif isinstance(node, cst.Name):
            nodes.append(node)
        else:
            return None
        nodes.extend(access.node for access in binding.references)
    return nodes


class _Rename(cst.CSTTransformer):
    def __init__(self, names: dict[int, str]) -> None:
        super().__init__()
        self.names = names

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        new = self.names.get(id(original_node))
        return updated_node if new is None else updated_node.with_changes(value=new)


def rename(files: Files, target: Target) -> Files | None:
    """The locals and parameters of the function holding the list call get
    other names (``name`` -> ``wanted``, ``j`` -> ``my_j``...); ``lookup``
    keeps its signature, methods ``self`` and ``cls``."""
    site = find(files, target)
    function = None if site is None else _function_of(site)
    if site is None or function is None:
        return None
    keep = {"self", "cls"}
    if function.name.value == "lookup":
        keep |= {p.name.value for p in _parameters(function)}
    names: dict[int, str] = {}
    for scope in _scopes_within(site, function):
        for local in sorted({binding.name for binding in scope.assignments} - keep):
            nodes = _renamed_nodes(site, scope, local)
            if nodes is None:
                continue
            new = fresh(files, _RENAMES.get(local, f"my_{local}"), names.values())
            names.update((id(node), new) for node in nodes)
    if not names:
        return None
    return site.with_module(site.module.visit(_Rename(names)))


class _Loads(cst.CSTVisitor):
    """The names an expression reads, in order (not attribute or keyword
    names, not the constants)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)
        return False

    def visit_NamedExpr(self, node: cst.NamedExpr) -> bool:
        # `(ns := namespace)` reads namespace; it binds ns where it runs.
        node.value.visit(self)
        return False

    def visit_Name(self, node: cst.Name) -> None:
        if node.value not in ("None", "True", "False", *self.names):
            self.names.append(node.value)


def reads(*nodes: cst.CSTNode) -> list[str]:
    loads = _Loads()
    for node in nodes:
        node.visit(loads)
    return loads.names


def kind(site: Site) -> str:
    """``list_namespaced_job`` -> ``job``; the dynamic client -> ``objects``."""
    method = list_method(site.call) or ""
    if method == "get":
        return "objects"
    return method.removeprefix("list_").removeprefix("namespaced_").split("_for_all")[0]


def _top_level(site: Site) -> cst.BaseStatement:
    node: cst.CSTNode = site.call
    for ancestor in site.ancestors(site.call):
        if isinstance(ancestor, cst.Module):
            break
        node = ancestor
    assert isinstance(node, cst.BaseStatement)
    return node


def _call_code(site: Site, function: str, arguments: Sequence[str]) -> cst.BaseExpression:
    text = f"{function}({', '.join(arguments)})"
    # `await f().items` would await the items: parenthesize the await.
    return cst.parse_expression(f"(await {text})" if site.awaited else text)


def _function_text(site: Site, name: str, params: Sequence[str], call: cst.Call) -> str:
    prefix, awaiting = ("async ", "await ") if site.awaited else ("", "")
    code = cst.Module([]).code_for_node(call)
    if "\n" in code:  # out of the brackets that let it span lines
        code = f"({code})"
    return f"{prefix}def {name}({', '.join(params)}):\n    return {awaiting}{code}\n"


def _with_definition(site: Site, definition: str, call: cst.BaseExpression) -> Files:
    """``definition`` at module level before the statement holding the list
    call, whose response becomes ``call``."""
    statement = _top_level(site)
    changed = replace_all(statement, {id(site.expr): call})
    defined = cst.parse_statement(definition)
    blank = [cst.EmptyLine(), cst.EmptyLine()]
    return insert_before(site, statement, [defined], changed, spacing=blank)


def helper_same_module(files: Files, target: Target) -> Files | None:
    """The list call moves into ``def _fetch_<kind>(<the names it reads>):
    return <call>`` in the same module, called in its place."""
    site = find(files, target)
    if site is None:
        return None
    name, params = site.fresh(f"_fetch_{kind(site)}"), reads(site.call)
    definition = _function_text(site, name, params, site.call)
    return _with_definition(site, definition, _call_code(site, name, params))


def helper_other_module(files: Files, target: Target) -> Files | None:
    """The same function (``fetch_<kind>``) in a sibling module
    ``k8s_helpers.py``, imported with ``from k8s_helpers import ...``."""
    site = find(files, target)
    if site is None or site.filename == HELPERS:
        return None
    name, params = site.fresh(f"fetch_{kind(site)}"), reads(site.call)
    helpers = files.get(HELPERS, "")
    helpers += ("\n\n" if helpers else "") + _function_text(site, name, params, site.call)
    changed = site.replaced(site.expr, _call_code(site, name, params))
    changed[HELPERS] = helpers
    return with_import(changed, site.filename, f"from {HELPERS.removesuffix('.py')} import {name}")


def method_helper(files: Files, target: Target) -> Files | None:
    """A class keeps the client in ``self.api``; its method ``fetch(<the
    names the arguments read>)`` lists: ``JobLister(api).fetch(ns)``."""
    site = find(files, target)
    if site is None:
        return None
    assert isinstance(site.call.func, cst.Attribute)
    receiver = site.call.func.value
    cls = site.fresh("".join(w.title() for w in kind(site).split("_")) + "Lister")
    params = reads(*site.call.args)
    # The arguments may read the caller's `self`: then the method's is another.
    own = "lister" if "self" in params else "self"
    on_self = site.call.with_changes(
        func=site.call.func.with_changes(value=cst.parse_expression(f"{own}.api"))
    )
    method = _function_text(site, "fetch", [own, *params], on_self)
    method = "\n".join("    " + line if line else line for line in method.splitlines())
    definition = f"class {cls}:\n    def __init__(self, api):\n        self.api = api\n\n{method}\n"
    instance = f"{cls}({site.code(receiver)}).fetch"
    return _with_definition(site, definition, _call_code(site, instance, params))


class Variation(NamedTuple):
    name: str
    description: str
    apply: Callable[[Files, Target], Files | None]


# In the order pairs apply them: the helpers move the list call away from
# its search, so they come last (a later variation still finds the call).
VARIATIONS = (
    Variation("extract-local", "Bind the list call's response to a new local", extract_local),
    Variation("extract-items-local", "Bind the items to a new local", extract_items_local),
    Variation("typed-local", "Annotate the response's local: `resp: Any = call`", typed_local),
    Variation("wrap-sorted", "Sort the items by name: `sorted(items, key=...)`", wrap_sorted),
    Variation("wrap-list", "Copy the items: `list(items)`", wrap_list),
    Variation("wrap-cast", 'Cast the response: `typing.cast("Any", call)`', wrap_cast),
    Variation("or-empty", "Default the items: `(items or [])`", or_empty),
    Variation("guard", "Test the metadata first: `x.metadata is not None and ...`", guard),
    Variation("name-local", "Bind the item's name to a local first in the loop", name_local),
    Variation("split-statement", "Bind what is returned, assigned or tested", split_statement),
    Variation(
        "try-reraise", "Wrap the statement in `try: ... except Exception: raise`", try_reraise
    ),
    Variation("retry-loop", "List, then list again in `for attempt in range(2)`", retry_loop),
    Variation("rename", "Rename the function's locals and parameters", rename),
    Variation("method-helper", "List in a method of a class holding the client", method_helper),
    Variation("helper-same-module", "List in a module-level function", helper_same_module),
    Variation("helper-other-module", "List in a function of a sibling module", helper_other_module),
)
BY_NAME = {v.name: v for v in VARIATIONS}


def apply(names: Sequence[str], files: Files, target: Target) -> Files | None:
    """The variations one after the other; None if one does not apply (or
    changes nothing)."""
    for name in names:
        changed = BY_NAME[name].apply(files, target)
        if changed is None or changed == files or not _compiles(changed):
            return None  # a transform that broke the program made no variant
        files = changed
    return files


def _compiles(files: Files) -> bool:
    try:
        for name, text in files.items():
            compile(text, name, "exec")
    except SyntaxError:
        return False
    return True


def combinations(singles: bool = True, pairs: bool = True) -> list[tuple[str, ...]]:
    """Each variation alone, then each pair in table order."""
    names = [v.name for v in VARIATIONS]
    alone: list[tuple[str, ...]] = [(n,) for n in names] if singles else []
    two = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]] if pairs else []
    return alone + two
