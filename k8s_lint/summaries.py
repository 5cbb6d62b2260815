"""What a function hands on: the list call it returns, over its parameters.

``def fetch(api, ns): return api.list_namespaced_job(ns).items`` hands on
the items of a list call whose receiver and namespace are its arguments.  As
Pysa keeps one summary per function and reuses it at every call site, a call
``fetch(batch, namespace)`` is, for the analysis, the expression the summary
gives with the call's arguments in place of the parameters
(``batch.list_namespaced_job(namespace).items``): the value model then follows
that list as any other, whatever wraps it, binds it or searches it.

Only what evaluates the same inlined qualifies: a body that is one
``return`` (a docstring aside), no decorator, every argument an expression
that cannot fail or have effects (so evaluating it at another point, or not
at all, changes nothing), and no other name than the parameters, builtins
and, for a function of the same module, module-level names the caller does
not rebind.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .fixes import Edit
from .flow import items_base
from .searches import is_plain
from .source import Source
from .tree import COMPREHENSIONS, FUNCTIONS, binding_target, is_local_binding
from .wrappers import unwrap

_PRIMARY = (ast.Call, ast.Attribute, ast.Subscript, ast.Name)


class Expansion(NamedTuple):
    """What a call of a summarised function evaluates to, and why it can't
    be written so, if it can't (a summary that stands for its list only)."""

    text: str
    blocker: str | None


# What a call (or awaited call) of a summarised function evaluates to.
Expand = Callable[[ast.expr], Expansion | None]


_LINE_BREAK = re.compile(r"\s*\n\s*")
_IDENTIFIER = re.compile(r"[^\W\d]\w*")


@dataclass(frozen=True)
class Summary:
    """A function whose one statement returns an expression over a list call."""

    name: str
    line: int
    # Where it is defined, for messages: None in the module that calls it.
    origin: str | None
    parameters: tuple[str, ...]  # those that may be passed by position
    keyword_only: tuple[str, ...]
    # The text of each parameter's default, for those with a literal one.
    defaults: Mapping[str, str]
    method: bool  # called on an object, which is its first parameter
    asynchronous: bool
    # The returned expression (``await`` included), with ``holes`` where it
    # reads a parameter: (start, end, parameter), offsets into ``text``.
    text: str
    holes: tuple[tuple[int, int, str], ...]
    # The names it reads that are not parameters (builtins, module names).
    free: frozenset[str]
    # Parameters read inside an f-string, where only a name fits as is.
    formatted: frozenset[str]
    # Names a lambda or comprehension in it binds: an argument naming one
    # would be captured there.
    local: frozenset[str]
    primary: bool  # the expression can take ``.items`` without parentheses
    # Why a call of it can't be written as its expression (it stands for
    # that list all the same: a search of it is reported, not fixed).
    blocker: str | None = None
    # Module names written as the literal they are bound to.
    literal: frozenset[str] = frozenset()

    @property
    def where(self) -> str:
        at = f"line {self.line}"
        return f"{self.origin}, {at}" if self.origin else at


def through(summary: Summary) -> str | None:
    """Why a function returning what ``summary``'s returns is not fixed."""
    return summary.blocker and f"through {summary.name}(), {summary.blocker}"


def summarize(
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    source: Source,
    is_list_call: Callable[[ast.Call], bool],
    method: bool = False,
    origin: str | None = None,
    expand: Expand | None = None,
    constants: Mapping[str, str] | None = None,
) -> Summary | None:
    """The function's summary, or None where inlining a call of it could
    change what the call does.  ``expand``: the text a call of another
    summarised function evaluates to (so that summaries compose, as Pysa's
    do: a function returning what such a function returns is summarised
    too).  ``constants``: the literal text of module names bound once to a
    literal, written in their place (they mean that wherever it is
    inlined)."""
    arguments = function.args
    if arguments.vararg or arguments.kwarg:
        return None
    # The cheap test first: most functions call no list method at all.
    if len(function.body) > _MAX_LOCALS + 2 or not any(
        (isinstance(n, ast.Call) and is_list_call(n))
        or (expand is not None and isinstance(n, (ast.Call, ast.Await)) and expand(n) is not None)
        for statement in function.body
        for n in ast.walk(statement)
    ):
        return None
    # Why a call of it stands for its list, but can't be written as it.
    blocker = None
    if function.decorator_list:
        blocker = "whose decorator may change what it returns or raises"
    # Why the calls it inlines can't be written as their expressions.
    inner: list[str] = []
    text = _returned_text(function.body, source, expand, inner)
    if text is None and (same := same_return(function)) is not None:
        # A retry that returns from inside its try, every return the same.
        text = _expanded(same, source, expand, inner)
        blocker = "which does more than return the list"
    blocker = blocker or next(iter(inner), None)
    if text is not None and "#" in text:
        text = _without_comments(text)
    # One line, so that inlining moves no line of the module: no backslash
    # continuation, no string spanning lines (comments are dropped: they
    # stay in the function).
    if text is None or "\\" in text or '"""' in text or "'''" in text:
        return None
    literal: frozenset[str] = frozenset()
    if constants:
        text, literal = _with_constants(text, constants)
    returned, own = _parsed(text)

    def offset(node: ast.AST, end: bool = False) -> int:
        return (own.end(node) if end else own.start(node)) - 1

    call = _handed_on(returned)
    if call is None or not is_list_call(call):
        return None
    if sum(isinstance(n, ast.Call) and is_list_call(n) for n in ast.walk(returned)) != 1:
        return None
    if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(returned)):
        return None
    if any(isinstance(n, ast.NamedExpr) for n in ast.walk(returned)):
        # Inlined, the name would be bound in the caller: its value only.
        blocker = "which binds a name of its own with :="
        text = _without_walrus(text)
        returned, own = _parsed(text)
        call = _handed_on(returned)
        if call is None:
            return None
    parameters = tuple(p.arg for p in (*arguments.posonlyargs, *arguments.args))
    keyword_only = tuple(p.arg for p in arguments.kwonlyargs)
    if method and not parameters:
        return None
    defaults = {
        p: source.segment(d)
        for p, d in (
            *zip(parameters[::-1], arguments.defaults[::-1], strict=False),
            *zip(keyword_only, arguments.kw_defaults, strict=True),
        )
        if isinstance(d, ast.Constant)
    }
    names = (*parameters, *keyword_only)
    local = _bound_inside(returned)
    holes = []
    free = set()
    # A method's reads of its object's attributes, ``self.api``: an object
    # made at the call site has them from its constructor's arguments.
    covered = set()
    if method:
        for node in ast.walk(returned):
            if not isinstance(node, ast.Attribute):
                continue
            value = node.value
            if isinstance(value, ast.Name) and value.id == parameters[0] not in local:
                holes.append((offset(node), offset(node, end=True), f"{value.id}.{node.attr}"))
                covered.add(value)
    for node in ast.walk(returned):
        if isinstance(node, ast.Name) and node.id not in local and node not in covered:
            if node.id in names:
                holes.append((offset(node), offset(node) + len(node.id), node.id))
            else:
                free.add(node.id)
    formatted = {
        n.id
        for f in ast.walk(returned)
        if isinstance(f, ast.JoinedStr)
        for n in ast.walk(f)
        if isinstance(n, ast.Name) and n.id in names
    }
    return Summary(
        name=function.name,
        line=function.lineno,
        origin=origin,
        parameters=parameters,
        keyword_only=keyword_only,
        defaults=defaults,
        method=method,
        asynchronous=isinstance(function, ast.AsyncFunctionDef),
        text=text,
        holes=tuple(sorted(holes)),
        free=frozenset(free),
        formatted=frozenset(formatted),
        local=frozenset(local),
        primary=isinstance(returned, _PRIMARY),
        blocker=blocker,
        literal=literal,
    )


def _returned_text(
    body: list[ast.stmt], source: Source, expand: Expand | None, blockers: list[str]
) -> str | None:
    """The text of the one expression the body returns: ``return <e>``,
    after a docstring; inside ``try: ... except ...: raise`` (which
    re-raises what it catches: as if it were not there); after locals
    bound one after the other, each to a value the rest then reads once,
    where nothing evaluated before that read could have effects (the value
    is written in its place, last binding first)."""
    if body and is_docstring(body[0]):
        body = body[1:]
    body = _without_reraising_tries(body)
    # A retry that binds a local again to the value it already holds,
    # spelt the same, leaves the local what it was: one source (twins).
    kept: list[ast.stmt] = []
    for statement in body:
        if not _binds_again(statement, kept, source, expand):
            kept.append(statement)
    body = kept
    last = body[-1] if body else None
    if not isinstance(last, ast.Return) or last.value is None or len(body) > _MAX_LOCALS + 1:
        return None
    text: str | None = _expanded(last.value, source, expand, blockers)
    for binding in reversed(body[:-1]):
        value = getattr(binding, "value", None)
        if value is None or not is_local_binding(binding, value):
            return None
        replacement = _expanded(value, source, expand, blockers)
        if not isinstance(value, _PRIMARY):
            replacement = f"({replacement})"
        text = _written_in(text, binding_target(binding).id, replacement)  # type: ignore[arg-type]
        if text is None:
            return None
    return text


def _parsed(text: str) -> tuple[ast.expr, Source]:
    """The expression ``text`` parsed on its own, and the source it was
    parsed from: an offset into ``text`` is one less (the parenthesis)."""
    wrapped = f"({text}\n)"
    return ast.parse(wrapped, mode="eval").body, Source(wrapped)


def _with_constants(text: str, constants: Mapping[str, str]) -> tuple[str, frozenset[str]]:
    """The expression ``text`` with each name of ``constants`` (module names
    bound once, to a literal) written as its literal, except where a lambda
    or comprehension in it binds that name; and the names so written."""
    expression, own = _parsed(text)
    local = _bound_inside(expression)
    reads = [
        n
        for n in ast.walk(expression)
        if isinstance(n, ast.Name) and n.id in constants and n.id not in local
    ]
    spans = [(own.start(n) - 1, own.end(n) - 1, constants[n.id]) for n in reads]
    return inline(text, spans).text, frozenset(n.id for n in reads)


def _without_walrus(text: str) -> str:
    """The expression ``text`` with each ``name := value`` written as its
    value."""
    expression, own = _parsed(text)
    spans = [
        (own.start(n) - 1, own.end(n) - 1, own.segment(n.value))
        for n in ast.walk(expression)
        if isinstance(n, ast.NamedExpr)
    ]
    return inline(text, spans).text


def same_return(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.expr | None:
    """The value every ``return`` of ``function`` returns, spelt the same in
    each; None where one differs or returns nothing."""
    returns: list[ast.Return] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Return):
            returns.append(node)
        elif not isinstance(node, (*FUNCTIONS, ast.ClassDef)):
            pending.extend(ast.iter_child_nodes(node))
    values = [r.value for r in returns]
    if not values or values[0] is None:
        return None
    first = ast.dump(values[0])
    return values[0] if all(v is not None and ast.dump(v) == first for v in values) else None


def _without_comments(text: str) -> str | None:
    """The expression ``text`` without its comments; None where it does not
    tokenize."""
    lines = text.splitlines(keepends=True)
    try:
        comments = [
            token.start
            for token in tokenize.generate_tokens(io.StringIO(f"({text}\n)").readline)
            if token.type == tokenize.COMMENT
        ]
    except (tokenize.TokenError, SyntaxError):
        return None
    for row, column in reversed(comments):
        # Offsets into the parenthesised text: its first line has one more.
        start = column - 1 if row == 1 else column
        line = lines[row - 1]
        lines[row - 1] = line[:start].rstrip() + ("\n" if line.endswith("\n") else "")
    return "".join(lines)


# Locals a summarised function may bind before it returns.
_MAX_LOCALS = 6


def _binds_again(
    statement: ast.stmt, before: list[ast.stmt], source: Source, expand: Expand | None
) -> bool:
    """``for attempt in range(n): local = <value>`` where a binding before it
    gave ``local`` the value of the same source (spelt the same once the
    locals it copies, the wrappers that keep membership and the calls
    ``expand`` knows are read through), and nothing before rebinds a name
    that value reads: the loop evaluates the same call again and leaves the
    local a value of that source (no ``break``, no ``else``)."""
    if not (
        isinstance(statement, ast.For)
        and not statement.orelse
        and isinstance(statement.target, ast.Name)
        and isinstance(statement.iter, ast.Call)
        and isinstance(statement.iter.func, ast.Name)
        and statement.iter.func.id == "range"
        and all(isinstance(a, ast.Constant | ast.Name) for a in statement.iter.args)
    ):
        return False
    bound: dict[str, ast.expr] = {}
    for b in before:
        value = getattr(b, "value", None)
        if value is None or not is_local_binding(b, value):
            return False  # a statement that may do anything: no claim
        bound[binding_target(b).id] = value
    for again in statement.body:
        value = getattr(again, "value", None)
        if not is_local_binding(again, value) or value is None:
            return False
        target = binding_target(again).id
        if target not in bound:
            return False
        first = _source_of(bound[target], bound, source, expand)
        repeated = _source_of(value, bound, source, expand)
        if first is None or repeated is None or ast.dump(first) != ast.dump(repeated):
            return False
        read = {n.id for n in ast.walk(first) if isinstance(n, ast.Name)}
        if read & ({statement.target.id} | set(bound)):
            return False
    return True


def _source_of(
    value: ast.expr, bound: Mapping[str, ast.expr], source: Source, expand: Expand | None
) -> ast.expr | None:
    """The expression (parsed anew) ``value`` holds the value of: through
    copies of the locals ``bound`` (``response = listed``), wrappers that
    keep membership (``cast(T, ...)``) and calls ``expand`` knows; None
    where the copies go round in a circle."""
    seen: set[str] = set()
    while True:
        text = _expanded(value, source, expand)
        try:
            node = unwrap(_parsed(text)[0])
        except SyntaxError:
            return None
        if not isinstance(node, ast.Name) or node.id not in bound:
            return node  # type: ignore[return-value]
        if node.id in seen:
            return None
        seen.add(node.id)
        value = bound[node.id]


def _written_in(text: str, name: str, value: str) -> str | None:
    """``text`` (an expression) with ``value`` in place of its one read of
    ``name``; None unless that read is evaluated once, first of anything
    that could have effects."""
    try:
        expression, own = _parsed(text)
    except SyntaxError:
        return None
    reads = [n for n in ast.walk(expression) if isinstance(n, ast.Name) and n.id == name]
    if len(reads) != 1 or not _evaluated_first(reads[0], expression):
        return None
    start = own.start(reads[0]) - 1
    return text[:start] + value + text[start + len(name) :]


def _expanded(
    node: ast.expr, source: Source, expand: Expand | None, blockers: list[str] | None = None
) -> str:
    """The source of ``node``, each call ``expand`` knows (outermost first)
    written as what it evaluates to; why such a call can't be written so
    goes into ``blockers``."""
    text = source.segment(node)
    if expand is None:
        return text
    start = source.start(node)
    found = [
        (source.start(n) - start, source.end(n) - start, new)
        for n in ast.walk(node)
        if isinstance(n, (ast.Call, ast.Await)) and (new := expand(n)) is not None
    ]
    chosen: list[tuple[int, int, Expansion]] = []
    for begin, end, new in sorted(found, key=lambda r: (r[0], -r[1])):
        if not chosen or begin >= chosen[-1][1]:
            chosen.append((begin, end, new))
    for begin, end, new in reversed(chosen):
        text = text[:begin] + new.text + text[end:]
        if new.blocker is not None and blockers is not None:
            blockers.append(new.blocker)
    return text


def _without_reraising_tries(body: list[ast.stmt]) -> list[ast.stmt]:
    """``body`` with each try that only re-raises (nested ones too) replaced
    by its body, which runs as if it were not there."""
    return [
        s
        for b in body
        for s in (_without_reraising_tries(b.body) if _reraises_only(b) else [b])  # type: ignore[attr-defined]
    ]


def _reraises_only(statement: ast.stmt) -> bool:
    """``try: ... except ...: raise``, every handler a bare ``raise``."""
    return (
        isinstance(statement, ast.Try)
        and not statement.orelse
        and not statement.finalbody
        and all(
            len(h.body) == 1 and isinstance(h.body[0], ast.Raise) and h.body[0].exc is None
            for h in statement.handlers
        )
    )


# What reads a name and has no effect: evaluated before the read, it is the
# same evaluated after the value written in its place.
_INERT = (ast.Name, ast.Constant, ast.Attribute, ast.Load, ast.keyword)


def _evaluated_first(read: ast.Name, expression: ast.expr) -> bool:
    """Whether ``read`` is evaluated unconditionally, once, and only inert
    code comes before it (left to right, as Python evaluates)."""
    position = (read.lineno, read.col_offset)
    for node in ast.walk(expression):
        if any(any(n is read for n in ast.walk(part)) for part in _deferred_parts(node)):
            return False  # deferred, conditional or repeated
        end = (getattr(node, "end_lineno", None), getattr(node, "end_col_offset", None))
        if end[0] is not None and end <= position and not isinstance(node, _INERT):
            return False
    return True


def _deferred_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of ``node`` that run later, maybe not, or more than once:
    a lambda; every operand of ``and``/``or`` but the first; the branches
    of ``x if c else y``; a comprehension but its first iterable (which is
    evaluated at once, where the comprehension stands)."""
    if isinstance(node, ast.Lambda):
        return [node]
    if isinstance(node, ast.BoolOp):
        return list(node.values[1:])
    if isinstance(node, ast.IfExp):
        return [node.body, node.orelse]
    if isinstance(node, COMPREHENSIONS):
        first = node.generators[0]
        later: list[ast.AST] = [first.target, *first.ifs, *node.generators[1:]]
        if isinstance(node, ast.DictComp):
            return [*later, node.key, node.value]
        return [*later, node.elt]
    return []


def instantiate(
    summary: Summary, site: ast.Call, source: Source, fields: Mapping[str, str] | None = None
) -> str | None:
    """The expression ``site`` (a call of the summarised function, in
    ``source``) evaluates to, on one line; None where the call's arguments
    can't take the parameters' place.  ``fields``: for a method called on
    an object made right there, the text of each attribute its
    constructor stored."""
    parameters = summary.parameters
    receiver: dict[str, str] = {}
    if summary.method:
        if not isinstance(site.func, ast.Attribute):
            return None
        if fields is None:
            value = site.func.value
            if not isinstance(value, ast.Name):
                return None
            receiver[parameters[0]] = value.id
        parameters = parameters[1:]
    passed = bind(
        parameters, summary.defaults, summary.formatted, site, source, summary.keyword_only
    )
    if passed is None:
        return None
    passed.update(receiver)
    values = [*passed.values(), *(fields or {}).values()]
    if any(set(_IDENTIFIER.findall(v)) & summary.local for v in values):
        return None  # a lambda or comprehension in it would capture an argument
    filled = []
    for start, end, key in summary.holes:
        name, dot, attribute = key.partition(".")
        replacement: str | None
        if not dot:
            replacement = passed.get(name)
        elif fields is not None:
            replacement = fields.get(attribute)
        else:
            replacement = f"{passed[name]}.{attribute}"
        if replacement is None:
            return None  # the object itself, or an attribute it was not given
        filled.append((start, end, replacement))
    if not _evaluated_as_called(summary, values, filled):
        return None
    text = _LINE_BREAK.sub(_joined, inline(summary.text, filled).text)
    return text if summary.primary else f"({text})"


def _evaluated_as_called(
    summary: Summary, values: Sequence[str], filled: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether the summary's text, each hole filled, evaluates the arguments
    as the call did: an argument that cannot fail or have effects may be
    read anywhere, any number of times; one that may (``CoreV1Api()``,
    ``api.resources.get(kind="Pod")``) must be read once, before anything
    else that could have effects, as the call evaluated it before the body
    ran; and only one such."""
    effects = [start for start, _, text in filled if not _plain_text(text)]
    passed = sum(not _plain_text(v) for v in values)
    if not effects and not passed:
        return True
    if len(effects) != 1 or passed != 1:
        return False  # evaluated in another order, more than once, or not at all
    expression, own = _parsed(summary.text)
    hole = next(
        (
            n
            for n in ast.walk(expression)
            if isinstance(n, ast.Name) and own.start(n) == effects[0] + 1
        ),
        None,
    )
    return hole is not None and _evaluated_first(hole, expression)


def _plain_text(text: str) -> bool:
    try:
        return is_plain(ast.parse(text, mode="eval").body)
    except SyntaxError:
        return False


@dataclass(frozen=True)
class Constructor:
    """A class whose ``__init__`` only stores some of its parameters as
    attributes, and that nothing else makes behave unlike a plain object."""

    parameters: tuple[str, ...]
    defaults: Mapping[str, str]
    stored: Mapping[str, str]  # attribute: the parameter stored in it

    def fields(self, call: ast.Call, source: Source) -> dict[str, str] | None:
        """The text of each attribute of the object ``call`` makes."""
        passed = bind(self.parameters, self.defaults, frozenset(), call, source)
        if passed is None:
            return None
        stored = set(self.stored.values())
        if any(p not in stored and not _plain_text(v) for p, v in passed.items()):
            return None  # evaluated by the call, not by the inlined method
        return {attribute: passed[p] for attribute, p in self.stored.items()}


# Methods that change how an object is made or its attributes are set or read.
_SPECIAL = frozenset(
    {"__new__", "__setattr__", "__getattr__", "__getattribute__", "__init_subclass__"}
)


def constructor(cls: ast.ClassDef, source: Source) -> Constructor | None:
    """The class's constructor, where making an object of it only stores
    arguments: no base class, decorator or metaclass, a body of plain
    methods, and an ``__init__`` of ``self.x = parameter`` statements."""
    if cls.bases or cls.keywords or cls.decorator_list:
        return None
    body = cls.body[1:] if cls.body and is_docstring(cls.body[0]) else cls.body
    methods = [
        n
        for n in body
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and not n.decorator_list
    ]
    if len(methods) != len(body) or len({m.name for m in methods}) != len(methods):
        return None
    init = next((m for m in methods if m.name == "__init__"), None)
    if not isinstance(init, ast.FunctionDef) or any(m.name in _SPECIAL for m in methods):
        return None
    arguments = init.args
    parameters = tuple(p.arg for p in (*arguments.posonlyargs, *arguments.args))
    if not parameters or arguments.vararg or arguments.kwarg or arguments.kwonlyargs:
        return None
    statements = init.body[1:] if init.body and is_docstring(init.body[0]) else init.body
    stored = {}
    for statement in statements:
        target = statement.targets[0] if isinstance(statement, ast.Assign) else None
        if not (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == parameters[0]
            and target.attr not in stored
            and isinstance(statement.value, ast.Name)
            and statement.value.id in parameters[1:]
        ):
            return None
        stored[target.attr] = statement.value.id
    if stored.keys() & {m.name for m in methods}:
        return None  # a method of that name: the attribute shadows it
    defaults = {
        p: source.segment(d)
        for p, d in zip(parameters[::-1], arguments.defaults[::-1], strict=False)
        if isinstance(d, ast.Constant)
    }
    return Constructor(parameters[1:], defaults, stored)


def _joined(match: re.Match[str]) -> str:
    """A line break inside brackets as one line would have it: none after
    an opening bracket or before a closing one or a dot, else one space."""
    before = match.string[match.start() - 1] if match.start() else ""
    after = match.string[match.end()] if match.end() < len(match.string) else ""
    return "" if before in "([{" or after in ".)]}" else " "


def bind(
    parameters: Sequence[str],
    defaults: Mapping[str, str],
    formatted: frozenset[str],
    call: ast.Call,
    source: Source,
    keyword_only: Sequence[str] = (),
) -> dict[str, str] | None:
    """Each parameter's value as ``call`` passes it (``parameters`` by
    position or keyword, ``keyword_only`` by keyword), as text
    (parenthesised unless an atom), or its literal default; None where the
    call does not bind them plainly.  Whether an argument may be evaluated
    where the summary reads it is ``instantiate``'s to say."""
    everything = (*parameters, *keyword_only)
    if (
        len(call.args) > len(parameters)
        or any(isinstance(a, ast.Starred) for a in call.args)
        or any(k.arg is None or k.arg not in everything for k in call.keywords)
    ):
        return None
    values: dict[str, ast.expr] = dict(zip(parameters, call.args, strict=False))
    if {k.arg for k in call.keywords} & values.keys():
        return None  # passed twice: the call raises TypeError
    values.update((k.arg, k.value) for k in call.keywords if k.arg)
    passed = {}
    for parameter in everything:
        value = values.get(parameter)
        if value is None:
            if parameter not in defaults:
                return None
            passed[parameter] = defaults[parameter]
            continue
        if parameter in formatted and not isinstance(value, ast.Name):
            return None
        text = source.segment(value)
        if "\n" in text or "#" in text:
            return None
        atom = isinstance(value, (*_PRIMARY, ast.Constant))
        passed[parameter] = text if atom else f"({text})"
    return passed


def _handed_on(returned: ast.expr) -> ast.Call | None:
    """The call whose response or items ``returned`` evaluates to, through
    wrappers and ``await``, or whose items an unfiltered comprehension it is
    iterates (the items' names, a dict of them: a view the caller may
    search); not a value computed otherwise (a search)."""
    node = unwrap(returned)
    if (
        isinstance(node, COMPREHENSIONS)
        and len(node.generators) == 1
        and not node.generators[0].ifs  # a filter: a search of its own
    ):
        node = unwrap(node.generators[0].iter)
    if isinstance(node, ast.Await):
        node = node.value
    # The response may be wrapped too: ``cast(V1PodList, api.list_...()).items``.
    node = unwrap(items_base(node) or node)
    if isinstance(node, ast.Await):
        node = node.value
    return node if isinstance(node, ast.Call) else None


def _bound_inside(node: ast.AST) -> set[str]:
    """Names a lambda or comprehension inside ``node`` binds for itself."""
    bound: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Lambda):
            a = n.args
            bound.update(p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs))
        elif isinstance(n, ast.comprehension):
            bound.update(t.id for t in ast.walk(n.target) if isinstance(t, ast.Name))
    return bound


def is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


@dataclass(frozen=True)
class Inlining:
    """A module's text with calls replaced by what they evaluate to, and the
    way back: positions in it map to the original text outside the calls."""

    text: str
    # Per inlined call: its (start, end) in the original and in ``text``.
    spans: tuple[tuple[int, int, int, int], ...]

    def span_at(self, offset: int) -> int | None:
        """The inlined call holding ``offset`` of ``text``, by its index."""
        return next(
            (i for i, (_, _, start, end) in enumerate(self.spans) if start <= offset < end), None
        )

    def original(self, offset: int) -> int | None:
        """Where ``offset`` of ``text`` is in the original; None strictly
        inside an inlined call, which has no counterpart there."""
        for start, end, v_start, v_end in self.spans:
            if offset <= v_start:
                return offset - (v_start - start)
            if offset < v_end:
                return None
            if offset == v_end:
                return end
        shift = self.spans[-1][3] - self.spans[-1][1] if self.spans else 0
        return offset - shift

    def edits_back(self, edits: Sequence[Edit]) -> list[Edit] | None:
        """``edits`` of ``text`` as edits of the original.  Where one changes
        the inside of an inlined call (a field selector added to its list
        call), the call's whole text is replaced by its edited inlined
        text: the helper is inlined there.  None where it can't be told."""
        regions = sorted(
            [(e.start, e.end) for e in edits]
            + [(s[2], s[3]) for s in self.spans if any(_inside(e, s[2], s[3]) for e in edits)]
        )
        merged: list[list[int]] = []
        for start, end in regions:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        back = []
        for start, end in merged:
            text = self.text[start:end]
            for edit in sorted(edits, key=lambda e: e.start, reverse=True):
                if start <= edit.start and edit.end <= end:
                    text = text[: edit.start - start] + edit.text + text[edit.end - start :]
            first, last = self.original(start), self.original(end)
            if first is None or last is None:
                return None
            back.append(Edit(first, last, text))
        return back


def _inside(edit: Edit, start: int, end: int) -> bool:
    """Whether ``edit`` begins or ends strictly inside ``start``-``end``."""
    return start < edit.start < end or start < edit.end < end


def inline(text: str, replacements: list[tuple[int, int, str]]) -> Inlining:
    """``text`` with each (start, end) replaced by its text; they may not overlap."""
    parts = []
    spans = []
    position = 0
    length = 0
    for start, end, new in sorted(replacements):
        parts.append(text[position:start])
        length += start - position
        parts.append(new)
        spans.append((start, end, length, length + len(new)))
        length += len(new)
        position = end
    parts.append(text[position:])
    return Inlining("".join(parts), tuple(spans))
