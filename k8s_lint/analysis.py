"""Find list calls whose items are searched by name, and build their fixes.

One pass over the stdlib ``ast`` serves the flake8 plugin, ``k8s-lint check``,
``k8s-lint fix`` and the libcst codemod, so lint and fix cannot disagree.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TypeGuard

from .kinds import LIST_METHODS, PREFILTER, ListMethod
from .rules import KUB001, Applicability, Rule
from .searches import RECOGNISERS, Parents, Search, is_pure, statement_list
from .source import Source

HELPER_MODULE = "k8s_lint.runtime"
# Longer rewritten lines are wrapped one argument per line, as black does;
# flake8's default limit, so fixed code passes a default flake8 run.
LINE_LENGTH = 79

# Keywords of a list call that mean the same on the read.
_CARRIED = frozenset(
    {"pretty", "_request_timeout", "_request_auth", "_headers", "_host_index", "_content_type"}
)
# Keywords that make a list call something a read by name cannot replace.
_BLOCKING = {
    "label_selector": "label_selector also requires a label match, which a read cannot check",
    "field_selector": "field_selector filters on a field a read cannot check",
    "limit": "limit/_continue read one page of the list",
    "_continue": "limit/_continue read one page of the list",
    "resource_version": "resource_version asks for a possibly cached version of the list",
    "resource_version_match": "resource_version asks for a possibly cached version of the list",
    "watch": "watch streams changes instead of listing",
    "allow_watch_bookmarks": "watch streams changes instead of listing",
    "send_initial_events": "watch streams changes instead of listing",
}


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    helpers: frozenset[str]
    applicability: Applicability


@dataclass(frozen=True)
class Finding:
    rule: Rule
    method: ListMethod
    line: int  # 1-based
    column: int  # 0-based, in characters
    end_line: int
    end_column: int
    fix: Fix | None
    # Why there is no fix, as a short clause.
    reason: str | None

    @property
    def message(self) -> str:
        text = self.rule.message.format(**self.method._asdict())
        return f"{text} (not fixed: {self.reason})" if self.reason else text

    @property
    def fix_title(self) -> str:
        return self.rule.fix_title.format(**self.method._asdict())


def might_match(text: str) -> bool:
    """The cheap test every file goes through before any parsing."""
    return PREFILTER in text and any(m in text for m in LIST_METHODS)


def analyze(source: Source, tree: ast.Module) -> list[Finding]:
    """Every finding in a module, suppressed ones included, in source order."""
    return _Module(source, tree).findings()


class _Module:
    def __init__(self, source: Source, tree: ast.Module) -> None:
        self.source = source
        self.tree = tree
        self.parents: Parents = {
            child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)
        }
        # A file that defines a method of the same name may call its own.
        self.defined = {
            n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        }

    def findings(self) -> list[Finding]:
        found = []
        for node in ast.walk(self.tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in LIST_METHODS
                and node.func.attr not in self.defined
            ):
                finding = self._finding(node, LIST_METHODS[node.func.attr])
                if finding is not None:
                    found.append(finding)
        return sorted(found, key=lambda f: (f.line, f.column))

    def _finding(self, call: ast.Call, method: ListMethod) -> Finding | None:
        if _filters_by_name(call):
            return None
        uses, binding = self._items_uses(call)
        for use in uses:
            search = _recognise(use, self.parents)
            if search is None:
                continue
            others = [u for u in uses if u is not use]
            reason = search.blocker
            if reason is None and others:
                reason = f"the {method.kind.lower()} list is also used on line {others[0].lineno}"
            if reason is None and binding is not None:
                reason = self._binding_blocker(binding, call, search)
            fix = None
            if reason is None:
                fix, reason = self._fix(call, method, search, binding)
            return Finding(
                rule=KUB001,
                method=method,
                line=call.lineno,
                column=self.source.column(call),
                end_line=call.end_lineno or call.lineno,
                end_column=self.source.column(call)
                + (self.source.end(call) - self.source.start(call)),
                fix=fix,
                reason=reason,
            )
        return None

    def _items_uses(self, call: ast.Call) -> tuple[list[ast.expr | ast.stmt], ast.Assign | None]:
        """The nodes that evaluate to the call's items, and the local binding.

        ``call.items`` inline, or through one local: ``jobs = call`` then
        ``jobs.items``, or ``jobs = call.items`` then ``jobs``.  Other
        mentions of the local come along, so that the caller can tell whether
        the list is used for anything besides the search.
        """
        parent = self.parents.get(call)
        if _is_items_of(parent, call):
            holder = self.parents.get(parent)
            if _is_local_binding(holder, parent):
                return list(self._references(holder)), holder
            return [parent], None
        if _is_local_binding(parent, call):
            uses: list[ast.expr | ast.stmt] = []
            for ref in self._references(parent):
                outer = self.parents.get(ref)
                uses.append(outer if _is_items_of(outer, ref) else ref)
            return uses, parent
        return [], None

    def _references(self, binding: ast.Assign) -> list[ast.Name | ast.Global | ast.Nonlocal]:
        """Every other mention of the bound name in its scope."""
        target = binding.targets[0]
        assert isinstance(target, ast.Name)
        found: list[ast.Name | ast.Global | ast.Nonlocal] = []
        for node in ast.walk(self._scope(binding)):
            if isinstance(node, ast.Name):
                if node.id == target.id and node is not target:
                    found.append(node)
            elif isinstance(node, (ast.Global, ast.Nonlocal)) and target.id in node.names:
                found.append(node)
        return found

    def _scope(self, node: ast.AST) -> ast.AST:
        while not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            node = self.parents[node]
        return node

    def _binding_blocker(self, binding: ast.Assign, call: ast.Call, search: Search) -> str | None:
        """Why the list call cannot move from its assignment into the search."""
        if isinstance(self._scope(binding), ast.Module):
            return "the list is kept in a module-level variable"
        block = statement_list(binding, self.parents)
        statement = search.first
        while statement not in block:
            parent = self.parents.get(statement)
            if parent is None or isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return "the list call and the search are in different blocks"
            statement = parent
        assert isinstance(statement, ast.stmt)
        between = block[block.index(binding) + 1 : block.index(statement)]
        if block.index(statement) < block.index(binding) or not _runs_first(
            search.first, statement, self.parents
        ):
            return "the search does not always run right after the list call"
        inputs = {n.id for n in ast.walk(call) if isinstance(n, ast.Name)}
        if any(not _inert(stmt, inputs) for stmt in between):
            return "code between the list call and the search could change its result"
        return None

    def _fix(
        self, call: ast.Call, method: ListMethod, search: Search, binding: ast.Assign | None
    ) -> tuple[Fix | None, str | None]:
        source = self.source
        assert search.name is not None
        if not is_pure(search.name):
            return None, f"the name `{source.segment(search.name)}` may have side effects"
        arguments, reason = self._read_arguments(call, method)
        if reason is not None:
            return None, reason
        helper = search.helper
        if self._shadowed(helper, search.first):
            return None, f"`{helper}` already means something else in this module"
        receiver = call.func.value  # type: ignore[attr-defined]
        leading = search.leading
        parts = (
            []
            if leading is None
            else [leading if isinstance(leading, str) else source.segment(leading)]
        )
        parts.append(f"{source.segment(receiver)}.{method.read_method}")
        parts.append(f"name={source.segment(search.name)}")
        parts.extend(f"{key}={source.segment(value)}" for key, value in arguments)
        start, end = source.start(search.first), source.end(search.last)
        call_text = f"{helper}({', '.join(parts)})"
        if self._line_length(start, end, search.template.format(call=call_text)) > LINE_LENGTH:
            indent = source.indent_of(search.first)
            inner = source.newline + indent + "    "
            call_text = f"{helper}({inner}{(',' + inner).join(parts)},{source.newline}{indent})"
        edits = [Edit(start, end, search.template.format(call=call_text))]
        kept = [receiver, search.name, *(v for _, v in arguments)]
        if isinstance(leading, ast.AST):
            kept.append(leading)
        if binding is not None:
            removal = self._removal(binding)
            if removal is None:
                return None, "the list call shares its line with other code"
            edits.append(removal)
        lost = self._lost_comment(edits, kept)
        if lost is not None:
            return None, f"the rewrite would delete the comment on line {lost}"
        return Fix(
            tuple(sorted(edits, key=lambda e: e.start)), frozenset({helper}), KUB001.applicability
        ), None

    def _shadowed(self, name: str, site: ast.AST) -> bool:
        """Whether ``name`` at ``site`` would mean something other than our helper.

        That is when the module, or a function enclosing the site, binds it;
        class bodies and unrelated functions don't enclose the site's scope.
        """
        enclosing: set[ast.AST] = set()
        node: ast.AST | None = site
        while node is not None:
            enclosing.add(node)
            node = self.parents.get(node)
        for binding in ast.walk(self.tree):
            if _binding_name(binding) != name or self._is_helper_import(binding):
                continue
            scope = self.parents.get(binding)
            while scope is not None and not isinstance(scope, _SCOPES):
                scope = self.parents.get(scope)
            if isinstance(scope, ast.Module) or (
                scope in enclosing and not isinstance(scope, ast.ClassDef)
            ):
                return True
        return False

    def _is_helper_import(self, node: ast.AST) -> bool:
        statement = self.parents.get(node)
        return (
            isinstance(node, ast.alias)
            and node.asname is None
            and isinstance(statement, ast.ImportFrom)
            and statement.module == HELPER_MODULE
        )

    def _line_length(self, start: int, end: int, text: str) -> int:
        """Length of the line a replacement would leave (its longest line)."""
        source = self.source
        before = source.text[source.line_start(start) : start]
        newline = source.text.find("\n", end)
        after = source.text[end : len(source.text) if newline < 0 else newline].rstrip("\r")
        return max(len(line) for line in (before + text + after).splitlines())

    def _read_arguments(
        self, call: ast.Call, method: ListMethod
    ) -> tuple[list[tuple[str, ast.expr]], str | None]:
        arguments: list[tuple[str, ast.expr]] = []
        for index, arg in enumerate(call.args):
            if isinstance(arg, ast.Starred) or index >= len(method.positional):
                return [], "the list call's positional arguments can't be matched to the read"
            arguments.append((method.positional[index], arg))
        for keyword in call.keywords:
            if keyword.arg is None:
                return [], "the list call passes **kwargs, which can't be checked"
            if keyword.arg in _BLOCKING:
                return [], _BLOCKING[keyword.arg]
            if keyword.arg not in _CARRIED and keyword.arg not in method.positional:
                return [], f"{keyword.arg}= has no equivalent on {method.read_method}()"
            arguments.append((keyword.arg, keyword.value))
        return arguments, None

    def _removal(self, statement: ast.stmt) -> Edit | None:
        """Delete a whole-line statement, or None if it shares a line."""
        source = self.source
        start, end = source.start(statement), source.end(statement)
        line_start = source.line_start(start)
        if source.text[line_start:start].strip():
            return None
        newline = source.text.find("\n", end)
        line_end = len(source.text) if newline < 0 else newline + 1
        rest = source.text[end:line_end].strip()
        if rest and not rest.startswith("#"):
            return None
        return Edit(line_start, line_end, "")

    def _lost_comment(self, edits: list[Edit], kept: list[ast.AST]) -> int | None:
        """The line of a comment an edit would delete, if any."""
        spans = [(e.start, e.end) for e in edits]
        kept_spans = [(self.source.start(n), self.source.end(n)) for n in kept]
        for offset, _ in self.source.comments:
            if any(s <= offset < e for s, e in spans) and not any(
                s <= offset < e for s, e in kept_spans
            ):
                return self.source.text.count("\n", 0, offset) + 1
        return None


def _recognise(items: ast.AST, parents: Parents) -> Search | None:
    for recogniser in RECOGNISERS:
        search = recogniser(items, parents)
        if search is not None:
            return search
    return None


def _is_items_of(node: ast.AST | None, value: ast.AST | None) -> TypeGuard[ast.Attribute]:
    return isinstance(node, ast.Attribute) and node.attr == "items" and node.value is value


def _is_local_binding(node: ast.AST | None, value: ast.AST | None) -> TypeGuard[ast.Assign]:
    return (
        isinstance(node, ast.Assign)
        and node.value is value
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    )


def _filters_by_name(call: ast.Call) -> bool:
    """Whether the call passes a field selector that may name the object.

    A literal selector on ``metadata.name`` already filters on the server; a
    computed one may, and we cannot tell, so neither is reported.
    """
    for keyword in call.keywords:
        if keyword.arg == "field_selector":
            value = keyword.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return "metadata.name" in value.value
            return True
    return False


def _runs_first(node: ast.AST, statement: ast.stmt, parents: Parents) -> bool:
    """Whether ``node`` is evaluated every time ``statement`` runs, before any
    other code of it that could branch away (so a list call can move there)."""
    if node is statement:
        return True
    header: list[ast.AST]
    if isinstance(statement, (ast.If, ast.While)):
        header = [statement.test]
    elif isinstance(statement, ast.For):
        header = [statement.iter]
    elif isinstance(statement, (ast.Return, ast.Expr, ast.Assign, ast.AnnAssign)):
        header = [statement.value] if statement.value is not None else []
    else:
        return False
    while node not in header:
        if node is statement:  # inside the statement's body, not its header
            return False
        parent = parents[node]
        if isinstance(parent, (ast.BoolOp, ast.IfExp, ast.Lambda)) and node is not _first_evaluated(
            parent
        ):
            return False
        if isinstance(parent, (ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
            return False
        if isinstance(parent, ast.comprehension) and node is not parent.iter:
            return False
        node = parent
    return True


def _first_evaluated(node: ast.AST) -> ast.AST | None:
    if isinstance(node, ast.BoolOp):
        return node.values[0]
    if isinstance(node, ast.IfExp):
        return node.test
    return None


def _inert(statement: ast.stmt, inputs: set[str]) -> bool:
    """A statement that cannot change what a list call would return: no
    calls, no control flow, no rebinding of the call's names."""
    if not isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Pass)):
        return False
    for node in ast.walk(statement):
        if isinstance(
            node, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.Lambda)
        ):
            return False
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id in inputs:
            return False
        if isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.ctx, ast.Store):
            return False
    return True


_SCOPES = (
    ast.Module,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Lambda,
    ast.GeneratorExp,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
)


def _binding_name(node: ast.AST) -> str | None:
    """The name a node binds, if it binds one (our own helper import aside)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return node.id
    if isinstance(node, ast.arg):
        return node.arg
    if isinstance(node, ast.alias):
        return node.asname or node.name.split(".")[0]
    return None
