"""Whether the searched name keeps its value from the list call to the test.

A narrowing or field-selector fix moves the name the items were compared
with to the list call: the fix is safe where the name holds the same value
there as where it was compared (``name_blocker``).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from .fixes import FixContext
from .flow import rebinds
from .searches import defining_scope
from .tree import (
    FUNCTIONS,
    Parents,
    flow_of,
    is_local_binding,
    runs_elsewhere,
    scope_of,
    statement_list,
)
from .wrappers import unwrap

ASSIGNED_BETWEEN = "the name is assigned between the list call and the search"


def name_blocker(
    context: FixContext, call: ast.expr, name: ast.expr, sites: list[ast.AST]
) -> str | None:
    """Why ``name`` may not have the same value at the list call as where
    the items are compared with it: the name moves to the list call."""
    region = span(call, sites, context.parents)
    if region is None:
        return "the search runs before the list call or in another block"
    names = {n.id for n in ast.walk(name) if isinstance(n, ast.Name)}
    if rebinds(region, names):
        return ASSIGNED_BETWEEN
    if _maybe_unbound(context, names, region[0]):
        return "the name may be unbound where the list is called"
    # What a call between could change: attributes, items, and names that
    # are not the function's own (a global a called function reassigns).
    mutable = any(
        isinstance(n, (ast.Attribute, ast.Subscript))
        or (isinstance(n, ast.Name) and not _is_local(context, n.id, call))
        for n in ast.walk(name)
    )
    listed = ast.dump(call)

    def harmless(node: ast.AST) -> bool:
        # The same list call again (a retry), or a builtin that reads
        # its arguments only: neither can change a name.
        if isinstance(node, ast.Await):
            node = node.value
        if ast.dump(node) == listed:
            return True
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(func, ast.Name) and context.shadowed(func.id, node):
            return False
        # A wrapper that hands on its argument's items (``sorted(items,
        # key=...)``, ``list(...)``, ``cast(...)``) calls nothing else.
        return (isinstance(func, ast.Name) and func.id in _PURE_BUILTINS) or (
            func is not None and unwrap(node) is not node
        )

    between = _calls_outside(region, call, sites, harmless) if mutable else None
    if between is not None:
        changed = context.source.segment(name)
        return (
            f"line {between.lineno} runs between the list call and the search "  # type: ignore[attr-defined]
            f"and could change the name `{changed}`"
        )
    return None


def name_at_call(
    context: FixContext, call: ast.expr, name: ast.expr, sites: list[ast.AST]
) -> str | None:
    """Where the name is a local bound between the list call and the search
    (``wanted = name``, ``job_name = f"{job_name}-retry"``), the text of the
    value it was bound to, which has at the list call the value the name has
    at the search: for a binding that runs on the way (a statement of the
    block, not in a branch), the only one reaching the search, of a plain
    value of the function's own locals that nothing before it rebinds;
    None otherwise."""
    region = span(call, sites, context.parents)
    if region is None or not isinstance(name, ast.Name):
        return None
    # The name where each statement holding a test starts, as nothing in it
    # binds the name again (a generator's test is no read of the flow's
    # own; one consumed later tests it where it is consumed): one binding,
    # the same for every test, on the way before the first of them.
    found_in = {_statement_in(site, region, context.parents) for site in sites}
    holding = sorted(i for i in found_in if i is not None)
    if None in found_in or not holding or rebinds([region[i] for i in holding], {name.id}):
        return None
    flow = flow_of(scope_of(call, context.parents))
    reaching = {flow.reaching_at(name.id, region[i]) for i in holding}
    if len(reaching) != 1 or None in reaching:
        return None
    (found,) = reaching
    if found is None or len(found) != 1:
        return None
    (bound,) = found
    binding = context.parents.get(bound)
    if (
        binding not in region
        or region.index(binding) >= holding[0]
        or not is_local_binding(binding, getattr(binding, "value", None))
    ):
        return None
    assert isinstance(binding, ast.Assign | ast.AnnAssign) and binding.value is not None
    value = binding.value
    used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    if (
        not context.plain(value)
        or any(isinstance(n, (ast.Attribute, ast.Subscript)) for n in ast.walk(value))
        or not all(_is_local(context, n, call) for n in used)
        or rebinds(region[: region.index(binding)], used)
        or _maybe_unbound(context, used, region[0])
    ):
        return None
    return context.source.segment(value)


def _statement_in(node: ast.AST, region: list[ast.stmt], parents: Parents) -> int | None:
    """The index in ``region`` of the statement holding ``node``."""
    current: ast.AST | None = node
    while current is not None:
        if isinstance(current, ast.stmt) and current in region:
            return region.index(current)
        current = parents.get(current)
    return None


def _maybe_unbound(context: FixContext, names: set[str], statement: ast.stmt) -> bool:
    """Whether a local among ``names`` may be unbound when ``statement``
    starts (bound on one branch only): moved there, it would raise."""
    scope = scope_of(statement, context.parents)
    local = {n for n in names if _is_local(context, n, statement)}
    if not local or not isinstance(defining_scope(statement, context.parents), FUNCTIONS):
        return False  # a class body's names are not the function's flow
    from .reaching import UNBOUND  # the flow is built: the module is loaded

    flow = flow_of(scope)
    for name in local:
        reaching = flow.reaching_at(name, statement)
        if reaching is None or UNBOUND in reaching:
            return True
    return False


def _is_local(context: FixContext, name: str, site: ast.AST) -> bool:
    """Whether ``name`` at ``site`` is a local of the enclosing function
    that only this function can change: not declared global or nonlocal
    there, nor nonlocal in a function nested in it."""
    scope = scope_of(site, context.parents)
    if isinstance(scope, ast.Module) or any(
        isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names for n in ast.walk(scope)
    ):
        return False
    return name in context.once(_bound_names).get(scope, set())


def _bound_names(context: FixContext) -> dict[ast.AST, set[str]]:
    """The names bound in each scope, from the module's bindings, found once
    for the whole module: asked per name and binding, a module of many
    functions that all bind ``name`` would cost the square of its size."""
    names: dict[ast.AST, set[str]] = {}
    for bound, nodes in context.index.bindings.items():
        for node in nodes:
            names.setdefault(scope_of(node, context.parents), set()).add(bound)
    return names


def span(start: ast.AST, ends: list[ast.AST], parents: Parents) -> list[ast.stmt] | None:
    """The statements of one block, from the one holding ``start`` to the
    one holding the last of ``ends``; None where an end comes first, or
    in another function."""
    chain: list[ast.stmt] = []  # the statements around ``start``, innermost first
    node: ast.AST | None = start
    while node is not None and not runs_elsewhere(node, parents):
        if isinstance(node, ast.stmt):
            chain.append(node)
        node = parents.get(node)
    level = 0  # how far up ``chain`` the block holding every end lies
    for end in ends:
        found = _meeting(end, chain, parents)
        if found is None:
            return None
        level = max(level, found)
    block = statement_list(chain[level], parents)
    first = block.index(chain[level])
    last = first
    for end in ends:
        statement = end
        while not (isinstance(statement, ast.stmt) and statement in block):
            statement = parents[statement]
        if block.index(statement) < first:
            return None
        last = max(last, block.index(statement))
    return block[first : last + 1]


def _meeting(end: ast.AST, chain: list[ast.stmt], parents: Parents) -> int | None:
    """The index in ``chain`` of the statement whose block also holds a
    statement around ``end``."""
    node: ast.AST | None = end
    while node is not None and not runs_elsewhere(node, parents):
        if isinstance(node, ast.stmt):
            if node in chain:
                return chain.index(node)
            block = statement_list(node, parents)
            for index, statement in enumerate(chain):
                if any(statement is other for other in block):
                    return index
        node = parents.get(node)
    return None


# Builtins that compute from their arguments and change nothing.
_PURE_BUILTINS = frozenset({"range", "len", "isinstance", "enumerate"})


def _calls_outside(
    region: list[ast.stmt],
    call: ast.expr,
    sites: list[ast.AST],
    harmless: Callable[[ast.AST], bool],
) -> ast.AST | None:
    """The first code in ``region``, other than the list call and the name
    comparisons, that calls something (or assigns an attribute or item) and
    may run before a comparison; None where there is none.  ``harmless``
    calls (their arguments are still looked at) are none.  Code that runs
    only once the search is over cannot change what it compared: a ``return``
    or ``raise`` that holds no comparison, and the body of an ``if`` on the
    name test that ends the search (``return``, ``raise``, ``break``)."""
    skipped = {id(n) for root in (call, *sites) for n in ast.walk(root)}
    for statement in region:
        stack: list[ast.AST] = [statement]
        while stack:
            node = stack.pop()
            if id(node) in skipped:
                continue
            if isinstance(node, (ast.Return, ast.Raise)) and not any(
                id(n) in skipped for n in ast.walk(node)
            ):
                continue
            if isinstance(node, ast.If) and _ends_the_search(node, skipped):
                stack.extend((node.test, *node.orelse))
                continue
            if isinstance(node, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom)) and not harmless(
                node
            ):
                return node
            if isinstance(node, (ast.Attribute, ast.Subscript)) and not isinstance(
                node.ctx, ast.Load
            ):
                return node
            stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return None


def _ends_the_search(branch: ast.If, compared: set[int]) -> bool:
    """Whether ``branch`` tests a name comparison and its body, run on the
    match, ends the search: no comparison comes after it."""
    return (
        _holds(branch.test, compared)
        and not any(_holds(s, compared) for s in branch.body)
        and isinstance(branch.body[-1], (ast.Return, ast.Raise, ast.Break))
    )


def _holds(node: ast.AST, compared: set[int]) -> bool:
    # Load() and Store() are shared by every node: they tell nothing.
    return any(id(n) in compared for n in ast.walk(node) if not isinstance(n, ast.expr_context))
