"""The project code a test runs, and what that code refers to.

A test reaches the project through its imports: ``import jobs`` and
``jobs.job_exists(api, ...)``, ``from app.spawner import Spawner``.  Module
files are found as the test would import them (from its own folder and the
ones above it, or the project root's ``src/``), and only inside the project
root: nothing outside the project the run was pointed at is read.  From the
functions, classes and methods a test calls, the code under test is
everything they call in the project in turn (through the modules' imports,
and ``self.method`` within a class, up to a bound), and what the stale-mock
rule asks of it is plain: which attributes, names and strings it refers to
(``batch.read_namespaced_job``, ``fetch_jobs``).

Each module file is parsed once per process, and again only when it changes.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeGuard

from .source import SourceError, decode

# How many definitions a reach follows: enough for a call chain through a
# few modules, few enough that a test of a large code base stays cheap.
MAX_DEFINITIONS = 400
# Parsed modules kept per process (a run's workers each keep their own).
_CACHE_SIZE = 1024
DefinitionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


class Imported(NamedTuple):
    """What an import binds a local name to."""

    module: str  # dotted, without the leading dots of a relative import
    level: int
    name: str | None  # ``from module import name``; None for ``import module``


@dataclass(frozen=True, eq=False)
class Module:
    path: Path  # absolute
    tree: ast.Module
    # Top-level functions and classes by name (the last one bound wins).
    definitions: dict[str, DefinitionNode]
    # Imports anywhere in the module, by the local name they bind.
    imports: dict[str, Imported]

    def binds(self, name: str) -> bool:
        """Whether ``name`` is a module-level definition or an import here
        (else it is a local, a parameter or a builtin)."""
        return name in self.definitions or name in self.imports


class Definition(NamedTuple):
    """A function, class or method of the project, or a module's code."""

    module: Module
    node: ast.AST
    # The class a method belongs to: ``self.other()`` in it is its method.
    owner: ast.ClassDef | None = None


@dataclass
class Reach:
    """What the code under test refers to."""

    attributes: set[str] = field(default_factory=set)  # ``x.read_namespaced_job``
    names: set[str] = field(default_factory=set)  # ``fetch_jobs`` read as a name
    strings: set[str] = field(default_factory=set)  # ``getattr(api, "list_...")``
    definitions: int = 0

    def reads(self, method: str) -> bool:
        """Whether the code refers to the read method (a call, or the method
        handed to a helper: ``exists(batch.read_namespaced_job, ...)``)."""
        return method in self.attributes

    def refers(self, name: str) -> bool:
        """Whether the code refers to ``name`` in any way, so that a mock of
        it may still intercept something."""
        return name in self.attributes or name in self.names or name in self.strings


_PARSED: dict[Path, tuple[tuple[int, int], Module | None]] = {}
# Where a module name leads, by (root, name, importing folder, level): the
# many tests of a project import the same few modules.
_FILES: dict[tuple[Path, str, Path, int], Path | None] = {}


def load(path: Path) -> Module | None:
    """The module file at ``path`` (absolute), parsed; None where it cannot
    be read or parsed (a test of it reports nothing)."""
    try:
        status = path.stat()
    except OSError:
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _PARSED.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    module: Module | None
    try:
        text, _ = decode(path.read_bytes())
        module = from_tree(path, ast.parse(text))
    except (OSError, SourceError, SyntaxError, ValueError, RecursionError, MemoryError):
        module = None
    if len(_PARSED) >= _CACHE_SIZE:
        _PARSED.clear()
    _PARSED[path] = (stamp, module)
    return module


def from_tree(path: Path, tree: ast.Module) -> Module:
    definitions: dict[str, DefinitionNode] = {}
    for statement in tree.body:
        if isinstance(statement, _DEFINITIONS):
            definitions[statement.name] = statement
    imports: dict[str, Imported] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    imports[alias.asname] = Imported(alias.name, 0, None)
                else:  # ``import a.b`` binds ``a``
                    top = alias.name.partition(".")[0]
                    imports.setdefault(top, Imported(top, 0, None))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name != "*":
                    imported = Imported(node.module or "", node.level, alias.name)
                    imports[alias.asname or alias.name] = imported
    return Module(path, tree, definitions, imports)


class Codebase:
    """The module files of one project root, as its tests import them."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.abspath(root))
        self.key = str(self.root)

    def contains(self, path: Path) -> bool:
        """Inside the root as spelt, and where it leads (a symlink to a file
        outside the project is not the project's)."""
        real = Path(os.path.realpath(path))
        return Path(os.path.abspath(path)).is_relative_to(self.root) and real.is_relative_to(
            os.path.realpath(self.root)
        )

    def module_file(self, dotted: str, importer: Path, level: int = 0) -> Path | None:
        """The file of module ``dotted`` as ``importer`` imports it: relative
        to its package (``level`` dots), else from the nearest folder above it
        that holds it, or the root's ``src/``; only inside the root."""
        key = (self.root, dotted, importer.parent, level)
        if key not in _FILES:
            if len(_FILES) >= _CACHE_SIZE * 8:
                _FILES.clear()
            _FILES[key] = self._find(dotted, importer, level)
        return _FILES[key]

    def _find(self, dotted: str, importer: Path, level: int) -> Path | None:
        parts = [p for p in dotted.split(".") if p]
        if level:
            base = importer.parent
            for _ in range(level - 1):
                base = base.parent
            bases = [base]
        else:
            bases = [*self._above(importer), self.root / "src"]
        for base in bases:
            target = base.joinpath(*parts)
            candidates = [target / "__init__.py"]
            if parts:
                candidates.insert(0, target.with_name(target.name + ".py"))
            for candidate in candidates:
                if candidate.is_file() and self.contains(candidate):
                    return candidate
        return None

    def _above(self, path: Path) -> Iterator[Path]:
        for folder in path.parents:
            if not folder.is_relative_to(self.root):
                return
            yield folder

    def module(self, dotted: str, importer: Path, level: int = 0) -> Module | None:
        found = self.module_file(dotted, importer, level)
        return None if found is None else load(found)

    # --- names to definitions ------------------------------------------------

    def resolve(self, module: Module, dotted: str) -> Definition | Module | None:
        """What ``dotted`` (``jobs.job_exists``, ``Spawner.start``,
        ``app.jobs``), read in ``module``, names in the project: a function,
        class or method, or a module; None outside the project or where it
        can't be told."""
        first, *rest = dotted.split(".")
        if first in module.definitions:
            return self._member(Definition(module, module.definitions[first]), rest)
        imported = module.imports.get(first)
        if imported is None:
            return None
        if imported.name is None:  # import a.b.c: the longest module first
            for cut in range(len(rest), -1, -1):
                name = ".".join([imported.module, *rest[:cut]])
                found = self.module(name, module.path, imported.level)
                if found is not None:
                    return self._within(found, rest[cut:])
            return None
        package = f"{imported.module}.{imported.name}" if imported.module else imported.name
        submodule = self.module(package, module.path, imported.level)
        if submodule is not None:
            return self._within(submodule, rest)
        owner = self.module(imported.module, module.path, imported.level)
        if owner is None:
            return None
        return self._within(owner, [imported.name, *rest])

    def _within(self, module: Module, rest: list[str]) -> Definition | Module | None:
        if not rest:
            return module
        if rest[0] in module.definitions:
            return self._member(Definition(module, module.definitions[rest[0]]), rest[1:])
        if rest[0] in module.imports:  # re-exported: follow it from there
            found = self.resolve(module, ".".join(rest))
            return found if isinstance(found, Definition) else None
        return None

    def _member(self, definition: Definition, rest: list[str]) -> Definition | None:
        """``Class.method``: the method; a function's own attributes are the
        function's business."""
        if not rest or not isinstance(definition.node, ast.ClassDef):
            return definition
        return self.method(definition, rest[0])

    def method(self, cls: Definition, name: str) -> Definition | None:
        """The method ``name`` of the class (from its own body, else from its
        bases in the project, in order); None where it can't be told."""
        seen: set[int] = set()
        queue = [cls]
        while queue:
            current = queue.pop(0)
            node = current.node
            if not isinstance(node, ast.ClassDef) or id(node) in seen:
                return None  # a base outside the project: its methods are unknown
            seen.add(id(node))
            for statement in node.body:
                if isinstance(statement, _DEFINITIONS) and statement.name == name:
                    return Definition(current.module, statement, node)
            for base in node.bases:
                dotted = dotted_name(base)
                if dotted in (None, "object"):
                    continue
                found = self.resolve(current.module, dotted or "")
                if not isinstance(found, Definition):
                    return None
                queue.append(found)
        return None

    # --- what the code refers to --------------------------------------------

    def reach(self, entries: Iterable[Definition], skip: Path | None = None) -> Reach:
        """What ``entries`` and the project code they call refer to; code in
        ``skip`` (the test module) is followed but not counted."""
        reach = Reach()
        seen: set[int] = set()
        queue = list(entries)
        while queue and reach.definitions < MAX_DEFINITIONS:
            definition = queue.pop()
            if id(definition.node) in seen:
                continue
            seen.add(id(definition.node))
            reach.definitions += 1
            queue.extend(self._refer(definition, reach, definition.module.path != skip))
        return reach

    def _refer(self, definition: Definition, reach: Reach, counted: bool) -> list[Definition]:
        """Note what ``definition`` refers to in ``reach``; the project code
        it calls."""
        module, owner = definition.module, definition.owner
        if isinstance(definition.node, ast.ClassDef):
            owner = definition.node
        calls = []
        for child in ast.walk(definition.node):
            if isinstance(child, ast.Attribute):
                if counted:
                    reach.attributes.add(child.attr)
                value = child.value
                if (
                    owner is not None
                    and isinstance(value, ast.Name)
                    and value.id in ("self", "cls")
                ):
                    calls.append(self.method(Definition(module, owner), child.attr))
                    continue
                dotted = dotted_name(child)
                if dotted is not None and module.binds(dotted.partition(".")[0]):
                    calls.append(self._definition(self.resolve(module, dotted)))
            elif isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load):
                if counted:
                    reach.names.add(child.id)
                if module.binds(child.id):
                    calls.append(self._definition(self.resolve(module, child.id)))
            elif counted and isinstance(child, ast.Constant) and _identifier(child.value):
                reach.strings.add(child.value)
        return [c for c in calls if c is not None]

    @staticmethod
    def _definition(found: Definition | Module | None) -> Definition | None:
        return found if isinstance(found, Definition) else None


def dotted_name(node: ast.expr) -> str | None:
    """``a.b.c`` for a chain of attributes on a name; None otherwise."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _identifier(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.isidentifier()
