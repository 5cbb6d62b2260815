"""The project's functions that return a list, for the modules importing them.

A file that only calls ``fetch_jobs(batch, ns)``, imported from another module
of the project, mentions no list method: the cheap text test can't see it, and
one file alone can't tell what the call returns.  ``check`` and ``fix`` see
every file of the run, so before analysing any they summarise (summaries.py)
the module-level functions of the files that do list, and each file importing
one of those is analysed with their summaries.  The flake8 plugin sees one
file at a time and has no index: it finds only what a file shows itself.

Cheap where nothing lists: a file is parsed here only when its text both
calls a list method and returns something; no file is read twice where no
function qualifies, since an empty index changes nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from .kinds import DYNAMIC_LIST_KEYWORDS, LIST_METHODS, marks, may_list
from .name_types import defines_loose_str
from .source import Source, SourceError, decode, parse
from .summaries import Expansion, Summary, instantiate, summarize, through

# A dynamic client's list, which the module calling the function may know
# for one (its markers are there, not here).
_DYNAMIC = r"\.get\(\s*(?:\)|(?:namespace|label_selector|field_selector)\s*=)"
_LIST = rf"(?:\.list_\w+\(|{_DYNAMIC})"
# What a dynamic client's list looks like, wherever the markers are.
_DYNAMIC_GET = re.compile(_DYNAMIC)
# A list call in a returned or bound expression (what summarize() reads).
_LIST_CALL = re.compile(rf"\.list_\w+\(|{_DYNAMIC}")


# How many lines after a local bound to a list call the return of a
# summarised function may come: its other locals, a re-raising try's lines.
_RETURN_WITHIN = 10


def _may_return_a_list(text: str) -> bool:
    """Whether a function here may return a list call: a ``return`` whose
    expression calls one (not in a search over it: ``for`` before it, unless
    the comprehension is what is returned) or goes on to the next line (a
    bracket left open), or a line binding one a few
    lines before a ``return``.  Line by line: most files that list have none, and
    are not parsed here."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith("return"):
            rest = stripped[6:]
            if rest.rstrip().endswith(("(", "[", "{", ",", "\\")):
                return True
            found = _LIST_CALL.search(rest)
            # Not a search over it (``any(... for j in api.list_...())``), but
            # a comprehension returned as it is (the items' names) counts.
            if found and (" for " not in rest[: found.start()] or rest.lstrip()[:1] in "[{("):
                return True
            if not found and _opens_more(rest):
                return True
        elif (
            "=" in line
            and _LIST_CALL.search(line)
            and any(
                later.lstrip().startswith("return")
                for later in lines[number + 1 : number + 1 + _RETURN_WITHIN]
            )
        ):
            return True
    return False


def _opens_more(line: str) -> bool:
    """Whether ``line`` opens more brackets than it closes: the expression
    goes on to the next line."""
    return sum(map(line.count, "([{")) > sum(map(line.count, ")]}"))


class Facts(NamedTuple):
    """What one file tells the analysis of the others."""

    summaries: dict[str, Summary]
    # It defines a str type with its own __eq__ or __hash__, which a name
    # anywhere may be: a search compares by that, the server exactly.
    loose: bool
    # Attributes it assigns on something other than self or cls
    # (``mod.fetch = ...``, ``Store.jobs = ...``, ``setattr(...)``): a
    # function or method of that name may not be what its summary says.
    replaced: frozenset[str]


def facts_of(path: Path, text: str, replaced_too: bool = True) -> Facts:
    """The file's facts, cheaply where its text shows none (and without the
    names it replaces unless ``replaced_too``: a first pass that finds no
    summary needs none of them)."""
    replaced = replaced_names(text) if replaced_too else frozenset()
    # Plain substring tests first: every file of a run goes through here.
    found = marks(text)
    lists = found.lists or (found.gets and _DYNAMIC_GET.search(text))
    may_return = bool(lists) and _may_return_a_list(text)
    may_define = "__eq__" in text and bool(_MAY_DEFINE_LOOSE.search(text))
    if not (may_return or may_define):
        return Facts({}, False, replaced)
    try:
        tree = parse(text, str(path))  # the tree the lookups were found in, if parsed
    except SourceError:
        return Facts({}, False, replaced)  # the run reports it
    summaries = _module_summaries(tree, Source(text), str(path)) if may_return else {}
    return Facts(summaries, may_define and defines_loose_str(tree), replaced)


# ``x.name = ...`` (not ``==``) and ``setattr(x, "name", ...)``.
_ASSIGNED_ATTRIBUTE = re.compile(r"\.(\w+)[ \t]*=(?!=)")
_RECEIVER = re.compile(r"[\w.]*\Z")
_SET_ATTRIBUTE = re.compile(r"setattr\(\s*[^,()]+,\s*[\"'](\w+)[\"']")
# A str type whose ``==`` differs (one changing ``__hash__`` alone still
# compares as str does).
_MAY_DEFINE_LOOSE = re.compile(r"def __eq__")


def replaced_names(text: str) -> frozenset[str]:
    """The attribute names ``text`` assigns on objects other than self and
    cls, and those it sets with ``setattr``."""
    found = set()
    for match in _ASSIGNED_ATTRIBUTE.finditer(text):
        # The receiver: the dotted name right before (a bounded look back).
        start = match.start()
        receiver = _RECEIVER.search(text, max(0, start - 80), start)
        if receiver is None or receiver.group() not in ("self", "cls"):
            found.add(match.group(1))
    if "setattr" in text:
        found.update(_SET_ATTRIBUTE.findall(text))
    return frozenset(found)


@dataclass(frozen=True)
class View:
    """What the rest of the run tells the analysis of one module."""

    # The summaries it imports, by the name it calls them by.
    imported: Mapping[str, Summary] = field(default_factory=dict)
    # Files of the run that define a str type with its own __eq__.
    loose: tuple[str, ...] = ()
    # Attribute names assigned somewhere in the run (see Facts).
    replaced: frozenset[str] = frozenset()


NO_VIEW = View()


@dataclass(frozen=True)
class ProjectIndex:
    # By the file's resolved path: its functions' summaries, by name.
    modules: Mapping[Path, Mapping[str, Summary]] = field(default_factory=dict)
    loose: tuple[str, ...] = ()
    replaced: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, facts: Iterable[tuple[Path, Facts]], replaced: frozenset[str] | None = None
    ) -> ProjectIndex:
        """The index of the run's files' facts: a function that some file
        replaces at run time (``replaced``, else the facts'), or one reading
        a module name some file does, has no summary."""
        facts = list(facts)
        if replaced is None:
            replaced = frozenset().union(*(f.replaced for _, f in facts))
        modules = {}
        for path, fact in facts:
            kept = {
                n: s
                for n, s in fact.summaries.items()
                if n not in replaced and not s.literal & replaced
            }
            if kept:
                modules[path.resolve()] = kept
        loose = tuple(str(path) for path, fact in facts if fact.loose)
        return cls(modules, loose, replaced)

    @classmethod
    def build(cls, paths: Iterable[Path]) -> ProjectIndex:
        """The index of ``paths``, read here (a run that writes needs it
        before it writes anything)."""
        facts = []
        for path in paths:
            try:
                text, _ = decode(path.read_bytes())
            except (OSError, SourceError):
                continue  # the run reports it when it gets there
            facts.append((path, facts_of(path, text)))
        return cls.of(facts)

    @staticmethod
    def replaced_in(paths: Iterable[Path]) -> frozenset[str]:
        """The names the files replace at run time (see Facts)."""
        found: set[str] = set()
        for path in paths:
            try:
                text, _ = decode(path.read_bytes())
            except (OSError, SourceError):
                continue
            found |= replaced_names(text)
        return frozenset(found)

    def __bool__(self) -> bool:
        return bool(self.modules or self.loose or self.replaced)

    def view(self, path: Path, tree: ast.Module) -> View:
        return View(self.imported(path, tree), self.loose, self.replaced)

    @cached_property
    def _names(self) -> re.Pattern[str]:
        names = sorted({name for summaries in self.modules.values() for name in summaries})
        return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")

    def mentioned(self, text: str) -> bool:
        """Whether ``text`` may call one of the functions: the cheap test for
        files that mention no list method (with a loose str type in the run,
        every file that lists may search for one)."""
        if self.loose:
            return True
        return bool(self.modules) and self._names.search(text) is not None

    def imported(self, path: Path, tree: ast.Module) -> dict[str, Summary]:
        """The summaries ``tree`` (the module at ``path``) imports, by the
        name it calls them by: ``f`` for ``from m import f``, ``m.f`` for
        ``import m`` or ``from pkg import m``."""
        if not self.modules:
            return {}
        here = path.resolve()
        found: dict[str, Summary] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    local = alias.asname or alias.name
                    functions = self._module(here, node.module, node.level)
                    if functions and alias.name in functions:
                        found[local] = functions[alias.name]
                        continue
                    dotted = f"{node.module}.{alias.name}" if node.module else alias.name
                    found.update(_qualified(local, self._module(here, dotted, node.level)))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname or "." not in alias.name:
                        local = alias.asname or alias.name
                        found.update(_qualified(local, self._module(here, alias.name, 0)))
        return found

    def _module(self, here: Path, module: str | None, level: int) -> Mapping[str, Summary] | None:
        """The summaries of the module an import in ``here`` names, as Python
        finds it: relative to ``here``'s package; absolute from the folder
        above ``here``'s top package (the one on the path when it runs), or
        ``here``'s own folder for a script outside any package.  None where
        the package's ``__init__`` binds that name itself (it is then what
        the import gets)."""
        parts = module.split(".") if module else []
        base = here.parent
        if level:
            for _ in range(level - 1):
                base = base.parent
        else:
            while (base / "__init__.py").exists():
                base = base.parent
        target = base.joinpath(*parts) if parts else base
        if parts and _binds_in_init(target.parent, parts[-1]):
            return None
        for candidate in (target.with_name(target.name + ".py"), target / "__init__.py"):
            if candidate in self.modules:
                return self.modules[candidate]
        return None


def _binds_in_init(package: Path, name: str) -> bool:
    """Whether ``package/__init__.py`` mentions ``name`` (it may bind it)."""
    try:
        text = (package / "__init__.py").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def _qualified(local: str, functions: Mapping[str, Summary] | None) -> dict[str, Summary]:
    return {f"{local}.{name}": s for name, s in (functions or {}).items()}


def _module_summaries(tree: ast.Module, source: Source, origin: str) -> dict[str, Summary]:
    """The module's functions that return a list, where the module binds
    their name once (else which one is called is not known)."""
    bound: dict[str, int] = {}
    for node in tree.body:
        for name in _bound_names(node):
            bound[name] = bound.get(name, 0) + 1
    if "global" in source.text or "import *" in source.text:  # else neither is there
        for child in ast.walk(tree):
            if isinstance(child, ast.Global):  # rebound where a function runs
                for name in child.names:
                    bound[name] = bound.get(name, 0) + 1
            elif isinstance(child, ast.ImportFrom) and any(a.name == "*" for a in child.names):
                return {}  # any name may be rebound by it
    found: dict[str, Summary] = {}
    # ``GROUP = "kafka.strimzi.io"``: a literal wherever it is read.
    constants = {
        node.targets[0].id: source.segment(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and bound[node.targets[0].id] == 1
        and isinstance(node.value, ast.Constant)
        and "\n" not in source.segment(node.value)
    }

    def expand(node: ast.expr) -> Expansion | None:
        # A call of a function summarised already: summaries compose.
        call = node.value if isinstance(node, ast.Await) else node
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            return None
        summary = found.get(call.func.id)
        if summary is None or summary.asynchronous != isinstance(node, ast.Await):
            return None
        text = instantiate(summary, call, source)
        return None if text is None else Expansion(text, through(summary))

    pending = [
        node
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and bound[node.name] == 1
    ]
    while pending:
        left = []
        for node in pending:
            text = source.segment(node)
            # The cheap test: it lists, or calls a function summarised.
            if not may_list(text) and not any(name in text for name in found):
                left.append(node)
                continue
            summary = summarize(
                node, source, _is_list_call, origin=origin, expand=expand, constants=constants
            )
            # A builtin it reads must be the builtin here (the caller's own
            # module is checked where it is called); a function of this
            # module it reads is inlined already, or it is no summary.
            if summary is not None and not (summary.free & bound.keys()):
                found[node.name] = summary
            else:
                left.append(node)
        if len(left) == len(pending):
            break
        pending = left
    return found


def _is_list_call(call: ast.Call) -> bool:
    """A list call, or what a dynamic client's list looks like: the module
    calling the function decides, as if the call were written there."""
    if not isinstance(call.func, ast.Attribute):
        return False
    return call.func.attr in LIST_METHODS or (
        call.func.attr == "get"
        and len(call.args) <= 1
        and (bool(call.keywords) or not call.args)
        and all(k.arg in DYNAMIC_LIST_KEYWORDS for k in call.keywords)
    )


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    return [
        n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    ]
