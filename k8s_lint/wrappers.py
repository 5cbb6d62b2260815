"""Flow summaries: expressions that hand on the listed items, membership kept.

``sorted(items, key=...)``, ``list(items)``, ``items or []`` and their kin
evaluate to the same items (perhaps in another order, perhaps a copy): a
search through them finds what a search of the items finds, and with the
items narrowed to the one with the name, it finds the same again.  One row per
wrapper, as CodeQL's flow summaries and Semgrep's propagators state which
argument reaches the result; the value model follows items through every row
the same way, whatever the search that comes after.

A wrapper qualifies only when it looks at no item in a way that could fail or
have effects (a ``sorted`` without a key compares models, which raises
``TypeError`` for two or more of them: not a wrapper, since the narrowed list
of one would not raise).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping

from .searches import item_field
from .tree import Parents

# The builtins a row names, and the library functions with the module they
# must be imported from; where a module binds a name otherwise, its row is off.
_BUILTINS = frozenset({"sorted", "reversed", "list", "tuple"})
_IMPORTED = {"cast": "typing", "copy": "copy", "deepcopy": "copy"}

# The metadata field every object has, set and of one comparable type even
# in the mocks users' tests build (``V1ObjectMeta(name=...)``): a sort on
# ``creation_timestamp`` or ``uid`` raises TypeError there for two items or
# more (None against None), which a narrowed list of one would not.
_SORT_KEYS = frozenset({"name"})


def _carried(wrapper: ast.AST, node: ast.AST) -> bool:
    """Whether ``wrapper``, a parent of ``node``, evaluates to ``node``'s
    items (membership kept) and does nothing else observable."""
    if isinstance(wrapper, ast.BoolOp):  # items or [] / items or ()
        return (
            isinstance(wrapper.op, ast.Or)
            and wrapper.values[0] is node
            and all(_is_empty_display(v) for v in wrapper.values[1:])
        )
    if isinstance(wrapper, ast.List | ast.Tuple):  # [*items]
        return len(wrapper.elts) == 1 and isinstance(wrapper.elts[0], ast.Starred)
    if isinstance(wrapper, ast.Starred):
        return True  # judged by the display it stands in
    if not isinstance(wrapper, ast.Call):
        return False
    row = _ROWS.get(_callee(wrapper.func) or "")
    return row is not None and row(wrapper, node)


def _callee(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and (func.value.id, func.attr) in _QUALIFIED
    ):
        return func.attr
    return None


_QUALIFIED = frozenset({("typing", "cast"), ("copy", "copy"), ("copy", "deepcopy")})


def _only_argument(call: ast.Call, node: ast.AST) -> bool:
    return call.args == [node] and not call.keywords


def _cast(call: ast.Call, node: ast.AST) -> bool:
    """``cast(T, items)``: the type is a name, an attribute or a string."""
    return (
        len(call.args) == 2
        and call.args[1] is node
        and not call.keywords
        and isinstance(call.args[0], ast.Name | ast.Attribute | ast.Constant | ast.Subscript)
    )


def _sorted(call: ast.Call, node: ast.AST) -> bool:
    """``sorted(items, key=<a metadata field>, reverse=<constant>)``."""
    if call.args != [node]:
        return False
    keywords = {k.arg: k.value for k in call.keywords}
    if None in keywords or not set(keywords) <= {"key", "reverse"}:
        return False
    reverse = keywords.get("reverse")
    if reverse is not None and not isinstance(reverse, ast.Constant):
        return False
    key = keywords.get("key")
    return key is not None and _metadata_key(key)


def _metadata_key(key: ast.expr) -> bool:
    """``lambda o: o.metadata.<field>`` (or ``o["metadata"]["<field>"]``) or
    ``attrgetter("metadata.<field>")``, for a field every object has."""
    if isinstance(key, ast.Lambda):
        arguments = key.args
        if len(arguments.args) != 1 or arguments.vararg or arguments.kwarg:
            return False
        item = arguments.args[0].arg
        # As a model's metadata (to_dict() included) or a dict's: the items'
        # kind is decided where they are searched, which reads them alike.
        fields = {item_field(key.body, item, as_dicts) for as_dicts in (False, True)}
        return bool(fields & _SORT_KEYS)
    if (
        isinstance(key, ast.Call)
        and _callee(key.func) in ("attrgetter",)
        and len(key.args) == 1
        and not key.keywords
    ):
        path = _constant(key.args[0])
        return path is not None and path.startswith("metadata.") and path[9:] in _SORT_KEYS
    return False


def _constant(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_empty_display(node: ast.AST) -> bool:
    return isinstance(node, ast.List | ast.Tuple) and not node.elts


_ROWS: dict[str, Callable[[ast.Call, ast.AST], bool]] = {
    "sorted": _sorted,
    "reversed": _only_argument,
    "list": _only_argument,
    "tuple": _only_argument,
    "copy": _only_argument,
    "deepcopy": _only_argument,
    "cast": _cast,
}


def lift(node: ast.expr, parents: Parents, shadowed: frozenset[str] = frozenset()) -> ast.expr:
    """The outermost expression that evaluates to ``node``'s items through
    wrappers (``node`` itself where none wraps it).  ``shadowed``: names the
    module binds to something else, whose rows do not apply."""
    parent = parents.get(node)
    while parent is not None and _carried(parent, node) and not _names_shadowed(parent, shadowed):
        if isinstance(parent, ast.Starred):
            display = parents.get(parent)
            # Only a list or tuple display: f(*items) spreads the items
            # over f's parameters.
            if not isinstance(display, ast.List | ast.Tuple) or not _carried(display, parent):
                break
            node, parent = display, parents.get(display)
            continue
        node, parent = parent, parents.get(parent)  # type: ignore[assignment]
    return node


def lift_response(
    node: ast.expr, parents: Parents, shadowed: frozenset[str] = frozenset()
) -> ast.expr:
    """The outermost ``typing.cast(T, ...)`` around a list call's response:
    the one row that hands on a response (the others take its items)."""
    parent = parents.get(node)
    while (
        isinstance(parent, ast.Call)
        and _callee(parent.func) == "cast"
        and _cast(parent, node)
        and not _names_shadowed(parent, shadowed)
    ):
        node, parent = parent, parents.get(parent)
    return node


def unwrap(node: ast.AST) -> ast.AST:
    """The expression inside ``node``'s wrappers: the reverse of ``lift``."""
    while True:
        inner = _wrapped(node)
        if inner is None or not _carried(node, inner):
            return node
        node = inner


def _wrapped(node: ast.AST) -> ast.AST | None:
    if isinstance(node, ast.BoolOp):
        return node.values[0]
    if isinstance(node, ast.List | ast.Tuple) and len(node.elts) == 1:
        starred = node.elts[0]
        return starred.value if isinstance(starred, ast.Starred) else None
    if isinstance(node, ast.Call) and node.args:
        return node.args[-1] if _callee(node.func) == "cast" else node.args[0]
    return None


def _names_shadowed(wrapper: ast.AST, shadowed: frozenset[str]) -> bool:
    """A row named by a bare name the module binds otherwise (``typing.cast``
    spelt out is the library's whatever the module binds)."""
    return (
        isinstance(wrapper, ast.Call)
        and isinstance(wrapper.func, ast.Name)
        and wrapper.func.id in shadowed
    )


def shadowed(bindings: Mapping[str, list[ast.AST]], parents: Parents) -> frozenset[str]:
    """The rows' names that mean something else in a module: a builtin bound
    to anything, a library function not imported (by its own name) from its
    module."""
    off = {name for name in _BUILTINS if bindings.get(name)}
    for name, module in _IMPORTED.items():
        nodes = bindings.get(name, [])
        if not nodes or not all(
            isinstance(n, ast.alias)
            and n.asname is None
            and isinstance(statement := parents.get(n), ast.ImportFrom)
            and statement.module == module
            for n in nodes
        ):
            off.add(name)
    return frozenset(off)
