"""The narrowing fix: where the list's items are read, they become the
read's 0 or 1 items (``items_named(<read>, name=N, ...)``), and every
statement around them stays.

``narrowing`` decides when the list may be narrowed (the general criterion);
this module writes the text.
"""

from __future__ import annotations

import ast
from functools import partial

from .fix_layout import laid_out
from .fixes import Edit, Fix, FixContext, Outcome
from .flow import items_base
from .kinds import ListMethod
from .name_stability import ASSIGNED_BETWEEN, name_at_call, name_blocker
from .narrowing import Narrowing
from .read_fix import argument_text, helper_call, helper_spelling, read_arguments
from .removals import kept_comments
from .rules import Applicability
from .wrappers import unwrap


def narrow_fix(
    context: FixContext,
    call: ast.Call,
    method: ListMethod,
    value: ast.expr,
    items_reads: list[ast.expr],
    narrowing: Narrowing,
    ignored: frozenset[str] = frozenset(),
    unsafe: str | None = None,
) -> Outcome:
    """Replace the list's items by ``items_named(<read>, name=N, ...)``
    where the list was read, and keep every statement around it.

    ``value`` is the list call (or its ``await``); ``items_reads`` are the
    expressions reading its items (``value.items``, or ``resp.items`` of
    a local ``resp = value``), which become the helper's list.
    """
    source = context.source
    inline = [r for r in items_reads if items_base(r) is value]
    # ``resp.items`` of a local ``resp`` that now holds the list itself.
    others = [
        Edit(source.start(r), source.end(r), source.segment(items_base(r)))  # type: ignore[arg-type]
        for r in items_reads
        if r not in inline
    ]
    replaced = inline[0] if inline else value
    awaited = isinstance(unwrap(value), ast.Await)  # inside a cast() perhaps
    return _narrowed(context, call, method, replaced, awaited, narrowing, others, ignored, unsafe)


def _narrowed(
    context: FixContext,
    call: ast.Call,
    method: ListMethod,
    replaced: ast.expr,
    asynchronous: bool,
    narrowing: Narrowing,
    edits: list[Edit],
    ignored: frozenset[str],
    unsafe: str | None,
) -> Outcome:
    """``replaced`` becomes ``items_named(<read of call>, ...)``."""
    source = context.source
    name = narrowing.name
    if not context.pure(name):
        return None, f"`{source.segment(name)}` may have side effects"
    reason = name_blocker(context, call, name, list(narrowing.sites))
    # A local bound on the way (``wanted = name``): its value, at the call.
    name_text = None
    if reason == ASSIGNED_BETWEEN:
        name_text = name_at_call(context, call, name, list(narrowing.sites))
        reason = None if name_text is not None else reason
    if reason is not None:
        return None, reason
    if context.in_fstring(call):
        return None, "the list call is inside an f-string"
    arguments, reason = read_arguments(call, method, ignored)
    if reason is not None:
        return None, reason
    helper, imported = helper_spelling(context, ("a" if asynchronous else "") + "items_named", call)
    if helper is None:
        return None, "`items_named` and `k8s_runtime` already mean something else here"
    caveats = [c for c in (unsafe,) if c]
    if not context.plain(name):
        caveats.append(f"`{source.segment(name)}` is evaluated even when the list is empty")
    text = partial(argument_text, context)
    receiver = call.func.value  # type: ignore[attr-defined]
    parts = [f"{text(receiver)}.{method.read_method}"]
    parts.extend(text(v) for key, v in arguments if key is None)
    parts.append(f"name={name_text or text(name)}")
    parts.extend(f"{key}={text(v)}" for key, v in arguments if key)
    template = "await {call}" if asynchronous else "{call}"
    start, end = source.start(replaced), source.end(replaced)
    written = [Edit(start, end, helper_call(template, helper, parts)), *edits]
    kept = [receiver, name, *(v for _, v in arguments)]
    moved = kept_comments(context, written, kept, call, [])
    if moved is None:
        return None, "a comment inside the list call has no line of its own to move to"
    edits = laid_out(context, [*written, *moved], written)
    applicability = Applicability.UNSAFE if caveats else Applicability.SAFE
    fix = Fix(tuple(edits), frozenset({imported}), applicability, "; ".join(caveats) or None, True)
    return fix, None
