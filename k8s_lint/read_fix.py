"""The read fix: the list and its search become one helper call that reads
the object by name (``exists(api.read_namespaced_pod, name=n, namespace=ns)``).

The narrowing and field-selector fixes write the same helper call, with the
same arguments, spelled here (``helper_spelling``, ``argument_text``,
``read_arguments``, ``helper_call``).
"""

from __future__ import annotations

import ast

from .arguments import BLOCKING, CARRIED, SELECTABLE, plain_value
from .fix_layout import laid_out
from .fixes import RUNTIME_ALIAS, Edit, Fix, FixContext, Outcome
from .kinds import ALL_NAMESPACES, CUSTOM_ALL_NAMESPACES, DYNAMIC, READ_NAMES, ListMethod
from .removals import kept_comments, removals
from .rules import Applicability
from .searches import Search, is_constant
from .tree import Binding, Parents


def blocker(keyword: ast.keyword) -> str | None:
    """Why a BLOCKING argument leaves no fix, unless it has its plain value."""
    if keyword.arg not in BLOCKING:
        return None
    if is_constant(keyword.value, plain_value(keyword.arg)):
        return None
    return BLOCKING[keyword.arg]


def read_fix(
    context: FixContext,
    call: ast.Call,
    method: ListMethod,
    search: Search,
    removed: list[Binding],
    asynchronous: bool,
    ignored: frozenset[str] = frozenset(),
    unsafe: str | None = None,
) -> Outcome:
    """Replace the search with one helper call that reads by name, and
    delete the ``removed`` assignments that led the list to it.

    ``ignored`` keywords of the list call are dropped (an unsafe fix says
    why in ``unsafe``)."""
    source = context.source
    caveats = [c for c in (unsafe, search.unsafe) if c]
    for expression in (search.name, search.namespace):
        if expression is None or (expression is search.name and search.name_once and not removed):
            continue
        if not context.pure(expression):
            return None, f"`{source.segment(expression)}` may have side effects"
        if not context.plain(expression):
            # Evaluated once after the list call (the list bound first), or
            # once per item: either way not where the read evaluates it.
            once = expression is search.name and search.name_once
            caveats.append(
                f"`{source.segment(expression)}`, which can raise, is now evaluated before the list"
                if once
                else f"`{source.segment(expression)}` is evaluated even when the list is empty"
            )
    if context.in_fstring(search.first):
        return None, "the search is inside an f-string"
    arguments, reason = read_arguments(call, method, ignored)
    if reason is not None:
        return None, reason
    if method.scope in (ALL_NAMESPACES, CUSTOM_ALL_NAMESPACES):
        assert search.namespace is not None
        arguments.append(("namespace", search.namespace))
    if asynchronous:
        reason = _await_blocker(search.first, context.parents)
        if reason is not None:
            return None, reason
    helper, imported = helper_spelling(
        context, ("a" if asynchronous else "") + search.helper, search.first
    )
    if helper is None:
        return None, "the helper's name and `k8s_runtime` already mean something else here"

    receiver = call.func.value  # type: ignore[attr-defined]
    leading = search.leading
    if isinstance(leading, str):  # e.g. KeyError({name}): the key that was missing
        leading = leading.replace("{name}", source.segment(search.name))
    parts = [] if leading is None else [argument_text(context, leading)]
    parts.append(f"{source.segment(receiver)}.{method.read_method}")
    parts.extend(argument_text(context, value) for key, value in arguments if key is None)
    parts.append(f"name={argument_text(context, search.name)}")
    parts.extend(f"{key}={argument_text(context, value)}" for key, value in arguments if key)
    if asynchronous:
        # `await f().x` is `await (f().x)`: as an operand of a primary
        # (attribute, subscript, call) the awaited read needs parentheses.
        primary = _is_primary_operand(search.first, context.parents)
        awaited = "(await {call})" if primary else "await {call}"
        template = search.template.replace("{call}", awaited)
    else:
        template = search.template
    start, end = source.start(search.first), source.end(search.last)
    written = Edit(start, end, helper_call(template, helper, parts))
    edits = [written]
    kept = [receiver, search.name, *(v for _, v in arguments)]
    if isinstance(leading, ast.AST):
        kept.append(leading)
    deletions = removals(context, removed)
    if deletions is None:
        return None, "an assignment the fix removes shares its line with other code"
    edits.extend(deletions)
    # The statements the fix deletes or replaces whole: the search's, when
    # it is statements (a loop and its fallback), and the assignments.
    gone = [(source.start(s), source.end(s)) for s in removed]
    if isinstance(search.first, ast.stmt):
        gone.append((start, end))
    moved = kept_comments(context, edits, kept, search.first, gone)
    if moved is None:
        return None, "a comment inside the rewritten code has no line of its own to move to"
    edits.extend(moved)
    edits = laid_out(context, edits, [written])
    applicability = Applicability.UNSAFE if caveats else Applicability.SAFE
    caveat = "; ".join(caveats) or None
    return Fix(tuple(edits), frozenset({imported}), applicability, caveat), None


def helper_spelling(context: FixContext, name: str, site: ast.AST) -> tuple[str | None, str]:
    """How to spell a helper at ``site``, and what to import for it: the
    bare name, or ``k8s_runtime.<name>`` where the bare name is taken (a
    local called ``exists``) or may be (a star import)."""
    if not context.index.star_import and not context.shadowed(name, site):
        return name, name
    if context.shadowed(RUNTIME_ALIAS, site):
        return None, ""
    return f"{RUNTIME_ALIAS}.{name}", RUNTIME_ALIAS


def _is_primary_operand(node: ast.AST, parents: Parents) -> bool:
    parent = parents.get(node)
    return (isinstance(parent, (ast.Attribute, ast.Subscript)) and parent.value is node) or (
        isinstance(parent, ast.Call) and parent.func is node
    )


def argument_text(context: FixContext, value: str | ast.AST) -> str:
    """Source text for a value passed as an argument of the helper."""
    if isinstance(value, str):
        return value
    text = context.source.segment(value)
    if isinstance(value, ast.NamedExpr) or (
        isinstance(value, ast.GeneratorExp) and not text.startswith("(")
    ):
        return f"({text})"
    return text


def read_arguments(
    call: ast.Call, method: ListMethod, ignored: frozenset[str]
) -> tuple[list[tuple[str | None, ast.expr]], str | None]:
    """(keyword, value) pairs for the read; keyword None: positional."""
    arguments: list[tuple[str | None, ast.expr]] = []
    for index, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            return [], "the list call passes *args, which can't be checked"
        if method.scope == DYNAMIC:
            arguments.append((None, arg))
        elif index < len(method.positional):
            arguments.append((method.positional[index], arg))
        else:
            return [], "the list call's positional arguments can't be matched to the read"
    for keyword in call.keywords:
        if keyword.arg is None:
            return [], "the list call passes **kwargs, which can't be checked"
        if keyword.arg in ignored:
            continue
        name = READ_NAMES.get(keyword.arg, keyword.arg)
        if keyword.arg in SELECTABLE:
            return [], SELECTABLE[keyword.arg]
        if (reason := blocker(keyword)) is not None:
            return [], reason
        if (
            name not in CARRIED
            and name not in method.positional
            and not (method.scope == DYNAMIC and name == "namespace")
        ):
            return [], f"{keyword.arg}= has no equivalent on {method.read_method}()"
        arguments.append((name, keyword.value))
    return arguments, None


def _await_blocker(site: ast.AST, parents: Parents) -> str | None:
    node = parents.get(site)
    while node is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        if isinstance(
            node, (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)
        ):
            return "the search is inside a lambda or comprehension, where await can't go"
        node = parents.get(node)
    if not isinstance(node, ast.AsyncFunctionDef):
        return "the search is not directly in an async function"
    return None


def helper_call(template: str, helper: str, parts: list[str]) -> str:
    """The helper call in its place, on one line: ``laid_out`` lays
    out the statement it goes in."""
    return template.format(call=f"{helper}({', '.join(parts)})")
