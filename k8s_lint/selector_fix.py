"""The field-selector fix, for lists a read cannot replace: the list call
gets ``field_selector=name_selector(N)``, so the server sends only the
objects named N, and the code stays as it is.  A loop that pages on with the
list's continue token may stay beside it (``reads_continue_token``).
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from .arguments import NEEDS_PAGING, UNSAFE_SELECTOR
from .fix_layout import laid_out
from .fixes import Edit, Fix, FixContext, Outcome
from .name_stability import ASSIGNED_BETWEEN, name_at_call, name_blocker
from .read_fix import argument_text, blocker, helper_spelling
from .rules import Applicability
from .searches import Search
from .tree import Parents

# Ways a paginating loop reads the list's continue token: allowed beside a
# search when only a field selector is added.
CONTINUE_KEYS = frozenset({"_continue", "var_continue", "continue"})


def selector_fix(
    context: FixContext,
    call: ast.Call,
    search: Search,
    others: Sequence[ast.AST],
) -> Outcome:
    """Add ``field_selector=name_selector(N[, existing])`` to the list call.

    The search stays as it is and sees the same matches: the server only
    leaves out objects whose name differs, which the search skipped.
    """
    source = context.source
    # Another use first: narrowed, the list changes for it whatever the
    # search does with its match.
    for other in others:
        if not reads_continue_token(other, context.parents):
            return None, f"the list is also used on line {getattr(other, 'lineno', '?')}"
    if search.blocker is not None:
        return None, search.blocker  # the server's narrowing changes what the search sees
    # A limit is kept only where the code pages on with the continue
    # token: on one page, a name filter would find objects that page
    # never held.
    keywords = [k.arg for k in call.keywords if k.arg is not None]
    paged = "_continue" in keywords and bool(others)
    unpaged = [a for a in keywords if a in NEEDS_PAGING and not paged]
    if unpaged:
        return None, NEEDS_PAGING[unpaged[0]]
    if not context.pure(search.name):
        return None, f"`{source.segment(search.name)}` may have side effects"
    for keyword in call.keywords:
        if keyword.arg is None:
            return None, "the list call passes **kwargs, which can't be checked"
        if (reason := blocker(keyword)) is not None:
            return None, reason
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None, "the list call passes *args, which can't be checked"
    sites: list[ast.AST] = [search.first, search.last]
    reason = name_blocker(context, call, search.name, sites)
    # A local bound on the way (``wanted = name``): its value, at the call.
    bound_value = None
    if reason == ASSIGNED_BETWEEN:
        bound_value = name_at_call(context, call, search.name, sites)
        reason = None if bound_value is not None else reason
    if reason is not None:
        return None, reason
    if context.in_fstring(call):
        return None, "the list call is inside an f-string"
    helper, imported = helper_spelling(context, "name_selector", call)
    if helper is None:
        return None, "`name_selector` and `k8s_runtime` already mean something else here"
    name_text = bound_value or argument_text(context, search.name)
    existing = next((k for k in call.keywords if k.arg == "field_selector"), None)
    if existing is not None:
        value = existing.value
        text = f"{helper}({name_text}, {source.segment(value)})"
        written: tuple[Edit, ...] = (Edit(source.start(value), source.end(value), text),)
    else:
        arguments = [*call.args, *call.keywords]
        text = f"field_selector={helper}({name_text})"
        if arguments:
            written = _next_argument(context, max(source.end(a) for a in arguments), text)
        else:
            at = source.end(call) - 1  # before the closing parenthesis
            written = (Edit(at, at, text),)
    caveats = [search.unsafe] if search.unsafe else []
    caveats += [UNSAFE_SELECTOR[a] for k in call.keywords if (a := k.arg) in UNSAFE_SELECTOR]
    if not context.plain(search.name):
        caveats.append(f"`{name_text}`, which can raise, is now evaluated before the list")
    applicability = Applicability.UNSAFE if caveats else Applicability.SAFE
    edits = tuple(laid_out(context, list(written), list(written)))
    return Fix(edits, frozenset({imported}), applicability, "; ".join(caveats) or None), None


def _next_argument(context: FixContext, at: int, text: str) -> tuple[Edit, ...]:
    """``, text`` after the last argument, which ends at ``at``.

    Where a comment follows that argument on its line, the comma stays
    before the comment, which keeps describing that argument, and the new
    argument goes on the next line (a trailing comma already there gets
    the new argument one of its own)."""
    source = context.source
    line_end = context.line_end(at)
    if not any(at <= offset < line_end for offset, _ in source.comments):
        return (Edit(at, at, ", " + text),)
    indent = source.newline + source.indent_at(at)
    if source.text[at:line_end].lstrip().startswith(","):
        return (Edit(line_end, line_end, f"{indent}{text},"),)
    return Edit(at, at, ","), Edit(line_end, line_end, f"{indent}{text}")


def reads_continue_token(node: ast.AST, parents: Parents) -> bool:
    """``ref.metadata._continue`` and its dict spellings."""
    outer = parents.get(node)
    if isinstance(outer, ast.Attribute) and outer.attr == "metadata":
        token = parents.get(outer)
        return isinstance(token, ast.Attribute) and token.attr in CONTINUE_KEYS
    if isinstance(outer, ast.Subscript) and _constant(outer.slice) == "metadata":
        token = parents.get(outer)
        return isinstance(token, ast.Subscript) and _constant(token.slice) in CONTINUE_KEYS
    return False


def _constant(node: ast.AST) -> object:
    return node.value if isinstance(node, ast.Constant) else None
