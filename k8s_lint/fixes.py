"""What every fix shares: its edits, the fix they make up, and the module
they are written into.

An edit is a plain text replacement: everything outside the edits stays
byte-identical.  ``FixContext`` holds one module as every kind of fix reads
it.  Each kind of fix is written in its own module: ``read_fix`` (the
search becomes one helper call that reads by name), ``narrow_fix`` (the
list becomes the read's 0 or 1 items) and ``selector_fix`` (a field
selector on the list call).  They share ``name_stability`` (whether the
searched name keeps its value up to the list call), ``removals`` (the
statements a fix deletes, the comments it keeps) and ``fix_layout`` (the
statements a fix writes, laid out as black lays them out).
"""

from __future__ import annotations

import ast
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, cast

from .config import DEFAULT_LINE_LENGTH
from .rules import Applicability
from .searches import is_plain, is_pure, pure_functions
from .source import Source
from .tree import Index, Parents

# What a module imports the helpers as where their bare names are taken.
RUNTIME_ALIAS = "k8s_runtime"
# The width of a tab where lines are measured, as ruff's indent-width.
TAB_WIDTH = 4


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
    applicability: Applicability = Applicability.SAFE
    # Why an unsafe fix may change what the program does.
    caveat: str | None = None
    # The list became the read's 0 or 1 items and the search stayed (rather
    # than the search becoming one helper call).
    narrows: bool = False
    # Why the list is narrowed by a field selector rather than replaced by a
    # read (a field selector fix only).
    why_not_read: str | None = None
    # Other names the fixed code imports: (module, name), as
    # ``from module import name`` where the module lacks it.
    imports: frozenset[tuple[str, str]] = frozenset()


Outcome = tuple[Fix | None, str | None]
_Fact = TypeVar("_Fact")


class FixContext:
    """One module as its fixes read it: its text, tree and index, where the
    helpers are imported from, the line length, and the facts every kind of
    fix asks about it, found once for all of them."""

    def __init__(
        self,
        source: Source,
        tree: ast.Module,
        index: Index,
        helper_module: str,
        line_length: int = DEFAULT_LINE_LENGTH,
    ) -> None:
        self.source = source
        self.tree = tree
        self.index = index
        self.parents: Parents = index.parents
        self.helper_module = helper_module
        # The statements a fix writes are laid out as black lays them out at
        # the project's line-length (Config.line_length).
        self.line_length = line_length
        # The module's pure (and plain) functions, found when first needed.
        self._pure_functions: frozenset[str] | None = None
        self._plain_functions: frozenset[str] | None = None
        # The facts ``once`` found, by the function that finds each.
        self._found: dict[Callable[[FixContext], object], object] = {}

    def once(self, find: Callable[[FixContext], _Fact]) -> _Fact:
        """``find(self)``, found the first time a fix asks and kept for the
        module's other fixes.  For a fact that one kind of fix needs (the
        names each scope binds, the statements' logical lines): the module
        that finds it imports this one, so it cannot be a property here
        without an import back."""
        if find not in self._found:
            self._found[find] = find(self)
        return cast(_Fact, self._found[find])

    def pure(self, expression: ast.expr) -> bool:
        """``is_pure``, knowing the module's own pure functions."""
        if self._pure_functions is None:
            self._pure_functions = pure_functions(self.tree, self.index.bindings)
        return is_pure(expression, self._pure_functions)

    def plain(self, expression: ast.expr) -> bool:
        """``is_plain``, knowing the module's own functions that cannot fail."""
        if self._plain_functions is None:
            self._plain_functions = pure_functions(self.tree, self.index.bindings, plain=True)
        return is_plain(expression, self._plain_functions)

    def in_fstring(self, node: ast.AST) -> bool:
        """Whether ``node`` is inside an f-string, where a fix writes nothing."""
        parent = self.parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.JoinedStr):
                return True
            parent = self.parents.get(parent)
        return False

    def shadowed(self, name: str, site: ast.AST) -> bool:
        """Whether ``name`` at ``site`` means something the module or a function
        around the site binds (not the builtin, nor our helper).

        That is when the module, or a function enclosing the site, binds it;
        class bodies and unrelated functions don't enclose the site's scope.
        """
        enclosing: set[ast.AST] = set()
        innermost: ast.AST | None = None  # the scope the site itself is in
        node: ast.AST | None = self.parents.get(site)
        while node is not None:
            enclosing.add(node)
            if innermost is None and isinstance(node, _SCOPES):
                innermost = node
            node = self.parents.get(node)
        for binding in self.index.bindings.get(name, ()):
            if self._is_helper_import(binding):
                continue
            scope = self.parents.get(binding)
            while scope is not None and not isinstance(scope, _SCOPES):
                scope = self.parents.get(scope)
            if isinstance(scope, ast.Module) or scope is innermost:
                return True
            if scope in enclosing and not isinstance(scope, ast.ClassDef):
                return True
        return False

    def _is_helper_import(self, node: ast.AST) -> bool:
        return isinstance(node, ast.alias) and is_helper_import(
            self.parents.get(node), node, self.helper_module
        )

    def line_end(self, offset: int) -> int:
        """Where the line holding ``offset`` ends, before its newline."""
        text, starts = self.source.text, self.source.line_starts
        at = bisect_right(starts, offset)
        end = starts[at] if at < len(starts) else len(text)
        while end > offset and text[end - 1] in "\r\n":
            end -= 1
        return end

    @cached_property
    def indent_unit(self) -> str:
        """One level of the file's indentation, for the lines a fix adds."""
        return indent_unit(self.source, self.tree)


def width(line: str) -> int:
    """A line's width as ruff's line-length counts it (a tab to the next stop)."""
    return len(line.expandtabs(TAB_WIDTH))


def indent_unit(source: Source, tree: ast.Module) -> str:
    """One level of the file's indentation: that of its first indented block
    (a tab, or so many spaces); four spaces where nothing is indented."""
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(node, ast.stmt) or not isinstance(body, list) or not body:
            continue
        if body[0].lineno > node.lineno:
            outer = source.indent_at(source.start(node))
            inner = source.indent_at(source.start(body[0]))
            if inner.startswith(outer) and len(inner) > len(outer):
                return inner[len(outer) :]
    return "    "


def is_helper_import(statement: ast.AST | None, alias: ast.alias, helper_module: str) -> bool:
    """``from <helper module> import <helper>`` or ``import <helper module> as
    k8s_runtime``: the imports fixes add."""
    if isinstance(statement, ast.ImportFrom) and not statement.level:
        return statement.module == helper_module and alias.asname is None
    if isinstance(statement, ast.Import):
        return (alias.name, alias.asname) == (helper_module, RUNTIME_ALIAS)
    return False


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
