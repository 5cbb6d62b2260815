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

from .kinds import DYNAMIC_LIST_KEYWORDS, LIST_METHODS, PREFILTER, mentions_list_method
from .source import Source, SourceError, decode
from .summaries import Summary, instantiate, summarize

# A dynamic client's list, which the module calling the function may know
# for one (its markers are there, not here).
_DYNAMIC = r"\.get\(\s*(?:namespace|label_selector|field_selector)\s*="
_DYNAMIC_LIST = re.compile(_DYNAMIC)
_LIST = rf"(?:\.list_\w+\(|{_DYNAMIC})"
# Where a function may return a list call (what summarize() reads): a
# ``return`` of a (wrapped) call chain ending in one, a ``return`` that goes
# on to the next line, or a line binding one right before a ``return``.
# Most files that list have none, and are not parsed here.
_WRAPPERS = r"(?:await\s+|(?:sorted|reversed|list|tuple|copy|deepcopy|cast)\([^,()]*?,?\s*)*"
_MAY_RETURN_A_LIST = re.compile(
    rf"^[ \t]*return[ \t]+{_WRAPPERS}[\w.]+(?:\([^()\n]*\))?[\w.]*{_LIST}"
    r"|^[ \t]*return\b[^\n]*[(\[{,\\][ \t]*$"
    rf"|^[ \t]*\w+[ \t]*(?::[^=\n]*)?=[ \t]*{_WRAPPERS}[\w.]+(?:\([^()\n]*\))?[\w.]*{_LIST}"
    r"[^\n]*\n[ \t]*return\b",
    re.M,
)


def summaries_of(path: Path, text: str) -> dict[str, Summary]:
    """The summaries of the module's functions that return a list (none,
    cheaply, for a module that shows no such function in its text)."""
    lists = mentions_list_method(text) or _DYNAMIC_LIST.search(text)
    if not (lists and _MAY_RETURN_A_LIST.search(text)):
        return {}
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}  # the run reports it
    return _module_summaries(tree, Source(text), str(path))


@dataclass(frozen=True)
class ProjectIndex:
    # By the file's resolved path: its functions' summaries, by name.
    modules: Mapping[Path, Mapping[str, Summary]] = field(default_factory=dict)

    @classmethod
    def build(cls, paths: Iterable[Path]) -> ProjectIndex:
        """The summaries of the functions of ``paths`` that return a list."""
        modules = {}
        for path in paths:
            try:
                data = path.read_bytes()
                # Bytes first: decoding every file would cost more than this.
                if PREFILTER.encode() not in data and b".get(" not in data:
                    continue
                text, _ = decode(data)
            except (OSError, SourceError):
                continue  # the run reports it when it gets there
            summaries = summaries_of(path, text)
            if summaries:
                modules[path.resolve()] = summaries
        return cls(modules)

    def __bool__(self) -> bool:
        return bool(self.modules)

    @cached_property
    def _names(self) -> re.Pattern[str]:
        names = sorted({name for summaries in self.modules.values() for name in summaries})
        return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")

    def mentioned(self, text: str) -> bool:
        """Whether ``text`` may call one of the functions: the cheap test for
        files that mention no list method."""
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
        """The summaries of the module an import in ``here`` names: relative
        to ``here``'s package, or (absolute) from the nearest folder above
        ``here`` that holds it, as a project run from its root or with its
        source folder on the path would import it."""
        parts = module.split(".") if module else []
        if level:
            base = here.parent
            for _ in range(level - 1):
                base = base.parent
            bases = [base]
        else:
            bases = list(here.parents)
        for base in bases:
            target = base.joinpath(*parts) if parts else base
            for candidate in (target.with_name(target.name + ".py"), target / "__init__.py"):
                if candidate in self.modules:
                    return self.modules[candidate]
        return None


def _qualified(local: str, functions: Mapping[str, Summary] | None) -> dict[str, Summary]:
    return {f"{local}.{name}": s for name, s in (functions or {}).items()}


def _module_summaries(tree: ast.Module, source: Source, origin: str) -> dict[str, Summary]:
    """The module's functions that return a list, where the module binds
    their name once (else which one is called is not known)."""
    bound: dict[str, int] = {}
    for node in tree.body:
        for name in _bound_names(node):
            bound[name] = bound.get(name, 0) + 1
    found: dict[str, Summary] = {}

    def expand(node: ast.expr) -> str | None:
        # A call of a function summarised already: summaries compose.
        call = node.value if isinstance(node, ast.Await) else node
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            return None
        summary = found.get(call.func.id)
        if summary is None or summary.asynchronous != isinstance(node, ast.Await):
            return None
        return instantiate(summary, call, source)

    pending = [
        node
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and bound[node.name] == 1
    ]
    while pending:
        left = []
        for node in pending:
            summary = summarize(node, source, _is_list_call, origin=origin, expand=expand)
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
        and bool(call.keywords)
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
