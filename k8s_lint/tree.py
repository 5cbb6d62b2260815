"""Navigating the stdlib ``ast``: parents, blocks, scopes and local names."""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeGuard
from weakref import WeakKeyDictionary

from .bindings import BINDERS, CONSUMERS, bound_name

if TYPE_CHECKING:
    from .reaching import Flow


Parents = dict[ast.AST, ast.AST]


@dataclass
class Index:
    """What one walk over a module finds, so that nothing walks it again."""

    parents: Parents = field(default_factory=dict)
    # Every node binding a name, by that name.
    bindings: dict[str, list[ast.AST]] = field(default_factory=lambda: defaultdict(list))
    # Calls of an attribute: ``x.list_...(...)``, ``resource.get(...)``.
    method_calls: list[ast.Call] = field(default_factory=list)
    # Every call (a summarised function's, say).
    calls: list[ast.Call] = field(default_factory=list)
    star_import: bool = False


# Fields that never hold a node worth a parent: names and flags, and the
# contexts and operators, which are one shared object for every ``Load``,
# ``+``, ``==`` in the tree (so they have no one parent). A third of a
# module's nodes are those singletons.
_SCALAR_FIELDS = frozenset(
    {"ctx", "op", "ops", "id", "attr", "arg", "asname", "module", "level", "kind",
     "type_comment", "conversion", "simple", "is_async"}
)  # fmt: skip
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {ast.Constant: ()}


def _child_fields(kind: type) -> tuple[str, ...]:
    fields = _CHILD_FIELDS.get(kind)
    if fields is None:
        fields = tuple(f for f in kind._fields if f not in _SCALAR_FIELDS)  # type: ignore[attr-defined]
        _CHILD_FIELDS[kind] = fields
    return fields


def index(tree: ast.AST) -> Index:
    """One pass over the tree (an explicit stack over each node type's
    child fields: about twice as fast as ``ast.walk``, which matters for
    multi-megabyte files)."""
    found = Index()
    parents, bindings, calls = found.parents, found.bindings, found.method_calls
    every_call = found.calls
    binders, fields_of = BINDERS, _CHILD_FIELDS
    name, load, attribute = ast.Name, ast.Load, ast.Attribute
    stack = [tree]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is name:
            if type(node.ctx) is not load:  # type: ignore[attr-defined]
                bindings[node.id].append(node)  # type: ignore[attr-defined]
            continue  # a name holds no node
        if kind in binders:
            bound = bound_name(node)
            if bound is not None:
                bindings[bound].append(node)
        elif kind is ast.Call:
            every_call.append(node)  # type: ignore[arg-type]
            if type(node.func) is attribute:  # type: ignore[attr-defined]
                calls.append(node)  # type: ignore[arg-type]
        elif kind is ast.ImportFrom and any(a.name == "*" for a in node.names):  # type: ignore[attr-defined]
            found.star_import = True
        fields = fields_of.get(kind)
        if fields is None:
            fields = _child_fields(kind)
        for field_name in fields:
            value = getattr(node, field_name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        parents[item] = node
                        stack.append(item)
            elif isinstance(value, ast.AST):
                parents[value] = node
                stack.append(value)
    return found


def statement_list(stmt: ast.AST, parents: Parents) -> list[ast.stmt]:
    """The list of statements (a body, orelse, ...) that holds ``stmt``."""
    parent = parents[stmt]
    for name in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, name, None)
        if isinstance(block, list) and stmt in block:
            return block
    raise ValueError("statement not found in its parent")


def scope_of(node: ast.AST, parents: Parents) -> ast.AST:
    """The function, class body (for what it binds) or module whose local
    names ``node`` sees."""
    while not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module, ast.ClassDef)):
        node = parents[node]
    return node


# ``name = value``, or ``name: T = value`` (the annotation only declares a type).
Binding = ast.Assign | ast.AnnAssign


def is_local_binding(node: ast.AST | None, value: ast.AST | None) -> TypeGuard[Binding]:
    """Whether ``node`` is ``name = value`` (or ``name: T = value``) with a
    single plain name."""
    if isinstance(node, ast.AnnAssign):
        return node.value is value and node.simple == 1 and isinstance(node.target, ast.Name)
    return (
        isinstance(node, ast.Assign)
        and node.value is value
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    )


def binding_target(binding: Binding) -> ast.Name:
    target = binding.target if isinstance(binding, ast.AnnAssign) else binding.targets[0]
    assert isinstance(target, ast.Name)
    return target


def flow_of(scope: ast.AST) -> Flow:
    """Reaching definitions of a function, class body or module, built once."""
    flow = _FLOWS.get(scope)
    if flow is None:
        from .reaching import Flow  # only files with a list binding need it

        flow = _FLOWS[scope] = Flow(scope)  # type: ignore[arg-type]
    return flow


def references(binding: Binding, parents: Parents) -> list[ast.Name | ast.Global | ast.Nonlocal]:
    """The reads of the bound value: those the binding reaches, where the only
    bindings that reach them are it and its ``twins`` (the name may be bound
    again before or after, as test suites do); otherwise every other mention
    of the name in its scope, nested ones too, which callers take as "used
    elsewhere"."""
    target = binding_target(binding)
    flow = flow_of(scope_of(binding, parents))
    reached = flow.uses(target)
    if reached is not None:
        alone = frozenset({target})
        if all(flow.reaching(r) == alone for r in reached):
            return list(reached)
        same = alone | {binding_target(t) for t in twins(binding, parents)}
        if all(
            target in (r_in := flow.reaching(r) or frozenset()) and r_in <= same for r in reached
        ):
            return list(reached)
    found: list[ast.Name | ast.Global | ast.Nonlocal] = []
    for node in ast.walk(scope_of(binding, parents)):
        if isinstance(node, ast.Name):
            if node.id == target.id and node is not target:
                found.append(node)
        elif isinstance(node, (ast.Global, ast.Nonlocal)) and target.id in node.names:
            found.append(node)
    return found


def through_copies(
    binding: Binding, parents: Parents
) -> tuple[list[Binding], list[ast.Name | ast.Global | ast.Nonlocal]]:
    """The reads of ``binding``'s value, followed through plain copies
    (``jobs = response``: its one read is the whole value of another local),
    and the copies' bindings on the way."""
    copies: list[Binding] = []
    reads = references(binding, parents)
    while len(reads) == 1 and is_local_binding(copy := parents.get(reads[0]), reads[0]):
        copies.append(copy)
        reads = references(copy, parents)
    return copies, reads


def only_reads(target: ast.Name, parents: Parents) -> list[ast.Name] | None:
    """The reads of the name ``target`` binds, where it is the only binding
    that reaches each of them; None otherwise."""
    flow = flow_of(scope_of(target, parents))
    reached = flow.uses(target)
    if reached is None or not all(flow.reaching(r) == frozenset({target}) for r in reached):
        return None
    return list(reached)


def shared_twin(binding: Binding, parents: Parents) -> Binding | None:
    """A twin of ``binding`` that reaches one of its reads too (a retry, a
    refresh on one branch); None where each read sees this binding alone."""
    target = binding_target(binding)
    flow = flow_of(scope_of(binding, parents))
    others = {binding_target(t): t for t in twins(binding, parents)}
    for read in flow.uses(target) or ():
        for node in flow.reaching(read) or ():
            if node in others:
                return others[node]
    return None


def twins(binding: Binding, parents: Parents) -> list[Binding]:
    """The other bindings of the same name in the same scope to the same
    value, spelt the same once locals are read through (``pods =
    api.list_namespaced_pod(ns).items`` before a retry and again in it, or
    ``response = api.list_...(ns)`` and ``pods = response.items`` the first
    time): one source of the same kind of value.  Each is narrowed where it
    stands, so their arguments need not be equal."""
    if binding.value is None:
        return []
    target, scope = binding_target(binding), scope_of(binding, parents)
    value = spelling(binding.value, parents)
    return [
        node
        for node in ast.walk(scope)
        if node is not binding
        and isinstance(node, ast.Assign | ast.AnnAssign)
        and is_local_binding(node, node.value)
        and binding_target(node).id == target.id
        and scope_of(node, parents) is scope
        and spelling(node.value, parents) == value  # type: ignore[arg-type]
    ]


def spelling(value: ast.expr, parents: Parents) -> str:
    """``value``'s ``ast.dump``, each local it reads written as what it was
    bound to where the bindings that reach the read hold values spelt alike
    and the read is the only one of each, and each wrapper that keeps
    membership (``sorted(...)``, ``x or []``, ``cast(T, x)``: see
    ``wrappers``) left out:
    ``sorted(response.items, key=...)`` after ``response = api.list_...(ns)``
    is spelt as ``api.list_...(ns).items``."""
    from .wrappers import unwrap  # which imports this module's names

    flow = flow_of(scope_of(value, parents))

    def resolved(node: ast.AST, depth: int) -> ast.AST:
        inner = unwrap(node)
        if inner is not node:
            return resolved(inner, depth)
        if isinstance(node, ast.Name) and depth < _SPELLING_DEPTH:
            # Every binding that reaches the read, where each holds a value
            # read only there: spelt alike (a retry's), they are one value.
            values = []
            for bound in flow.reaching(node) or ():
                holder = parents.get(bound)
                if not (
                    isinstance(holder, ast.Assign | ast.AnnAssign)
                    and is_local_binding(holder, holder.value)
                    and holder.value is not None
                    and flow.uses(bound) == [node]
                ):
                    return node
                values.append(resolved(holder.value, depth + 1))
            if values and all(ast.dump(v) == ast.dump(values[0]) for v in values[1:]):
                return values[0]
            return node
        if not isinstance(node, ast.AST):
            return node
        fields = {
            name: [resolved(v, depth) for v in child]
            if isinstance(child, list)
            else resolved(child, depth)
            for name, child in ast.iter_fields(node)
        }
        return type(node)(**fields)

    return ast.dump(resolved(value, 0))


# How many locals a twin's spelling reads through, one inside another.
_SPELLING_DEPTH = 4


# Scopes whose code runs when called, not where they stand.
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
# Expressions that run their element (and conditions) once per item.
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def runs_elsewhere(node: ast.AST, parents: Parents) -> bool:
    """Whether ``node`` is a scope whose code runs when called, not where it
    stands: a def, or a lambda other than the test of a ``filter()`` (or
    ``map()``) that a consumer (``list()``, ``next()``, ...) runs at once."""
    if not isinstance(node, FUNCTIONS):
        return False
    call = parents.get(node) if isinstance(node, ast.Lambda) else None
    outer = parents.get(call) if call is not None else None
    return not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in ("filter", "map")
        and call.args[:1] == [node]
        and isinstance(outer, ast.Call)
        and isinstance(outer.func, ast.Name)
        and outer.func.id in CONSUMERS
        and outer.args[:1] == [call]
    )


# Reaching definitions, built once per scope that holds a list binding.
_FLOWS: WeakKeyDictionary[ast.AST, Flow] = WeakKeyDictionary()
