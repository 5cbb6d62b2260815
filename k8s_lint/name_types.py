"""What the searched name's declared type says about how it compares.

The list search compares each item's name with ``==``, which a value object
(``class ReleaseName`` with its own ``__eq__``) may answer for a plain string
of another spelling; the server, reading or selecting by name, compares the
exact string, and the runtime helper answers "absent" for a name that is not
a ``str`` at all.  Where the code declares the name as such a type, a fix
may change the answer: it is unsafe.  Where nothing is declared the name is
taken for the string the API wants, as everywhere else.
"""

from __future__ import annotations

import ast

from .tree import Parents

# Annotations that admit only strings (or say nothing, as Any does).
_STRINGS = frozenset({"str", "Text", "Any", "AnyStr", "LiteralString"})
_WRAPPERS = frozenset({"Optional", "Final", "Annotated", "Union"})


def declared_non_str(
    name: ast.expr, at: ast.AST, parents: Parents, classes: dict[str, ast.ClassDef]
) -> str | None:
    """The source of the type ``name`` (a local or parameter) is declared
    with, where that type is not a string type; else None."""
    if not isinstance(name, ast.Name):
        return None
    function = at
    while function is not None and not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        function = parents.get(function)  # type: ignore[assignment]
    if function is None:
        return None
    arguments = function.args
    for parameter in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
        annotation = parameter.annotation
        if (
            parameter.arg == name.id
            and annotation is not None
            and not _is_string_type(annotation, classes)
        ):
            return _spelt(annotation)
    for node in ast.walk(function):
        declared: ast.expr | None = None
        if isinstance(node, ast.AnnAssign) and _names(node.target, name.id):
            declared = node.annotation
        elif (
            isinstance(node, ast.Assign)
            and any(_names(t, name.id) for t in node.targets)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id in classes
        ):
            declared = node.value.func  # name = ReleaseName(...)
        if declared is not None and not _is_string_type(declared, classes):
            return _spelt(declared)
    return None


def _spelt(annotation: ast.expr) -> str:
    """An annotation as written, a forward reference without its quotes."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value
    return ast.unparse(annotation)


def _names(target: ast.expr, name: str) -> bool:
    return isinstance(target, ast.Name) and target.id == name


def _is_string_type(annotation: ast.expr, classes: dict[str, ast.ClassDef]) -> bool:
    if isinstance(annotation, ast.Constant):
        if annotation.value is None:
            return True
        if isinstance(annotation.value, str):  # a forward reference
            try:
                parsed = ast.parse(annotation.value, mode="eval").body
            except SyntaxError:
                return True  # not ours to judge
            return _is_string_type(parsed, classes)
        return False
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _is_string_type(annotation.left, classes) and _is_string_type(
            annotation.right, classes
        )
    if isinstance(annotation, ast.Subscript):
        outer = _last_name(annotation.value)
        if outer not in _WRAPPERS:
            return False
        inner = annotation.slice
        parts = inner.elts if isinstance(inner, ast.Tuple) else [inner]
        if outer == "Annotated":
            parts = parts[:1]
        return all(_is_string_type(p, classes) for p in parts)
    name = _last_name(annotation)
    if name in classes:
        return _plain_str_subclass(classes[name])
    return name in _STRINGS


def _last_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def _plain_str_subclass(cls: ast.ClassDef) -> bool:
    """A ``str`` subclass that compares as ``str`` does (no ``__eq__`` of its own)."""
    return any(_last_name(b) == "str" for b in cls.bases) and not any(
        isinstance(f, ast.FunctionDef) and f.name in ("__eq__", "__hash__") for f in cls.body
    )


def defines_loose_str(tree: ast.AST) -> bool:
    """Whether the module defines a ``str`` (or ``UserString``) subclass
    with its own ``__eq__`` or ``__hash__``: a name of that type compares its
    own way, where a read or a field selector compares the exact string."""
    return any(
        isinstance(node, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id in ("str", "UserString") for b in node.bases)
        and any(
            isinstance(f, ast.FunctionDef) and f.name in ("__eq__", "__hash__") for f in node.body
        )
        for node in ast.walk(tree)
    )
