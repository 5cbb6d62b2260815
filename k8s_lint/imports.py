"""Add the helper import where isort (ruff's ``I`` rules, default settings)
would put it, so that a file whose imports were sorted stays sorted.

Sections in isort's order (``__future__``, standard library, third-party,
first-party, relative), one blank line between them; within a section the
``import x`` statements first, then the ``from x import ...`` ones, each
sorted by module name; names merged into an existing ``from <helper module>
import ...`` and sorted there.  First-party is decided as ruff does: the
configured known-first-party modules, a top-level package or module found in
the project's source folders (its root and ``src/``), or the package of the
file itself.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cached_property
from pathlib import Path

from .config import Config
from .fixes import RUNTIME_ALIAS, Edit, indent_unit, is_helper_import, width
from .source import Source

# Comments that don't count in a line's width (ruff's pragma comments).
_PRAGMA = re.compile(r"#\s*(noqa|type:|pyright:|pylint:|nosec|isort:|ruff:|mypy:|flake8:)", re.I)

FUTURE, STANDARD_LIBRARY, THIRD_PARTY, FIRST_PARTY, LOCAL_FOLDER = range(5)

# A sort key: tuples compared element by element.
Key = tuple[object, ...]


def imported_helpers(tree: ast.Module, helper_module: str) -> set[str]:
    """Helper names (or the ``k8s_runtime`` alias) the module already imports
    at top level."""
    return {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
        if is_helper_import(node, alias, helper_module)
    }


def import_edits(
    source: Source,
    tree: ast.Module,
    helpers: set[str] | frozenset[str],
    config: Config,
    filename: str = "<unknown>",
) -> list[Edit]:
    """The edits importing the helpers the module lacks (none if it has them)."""
    missing = helpers - imported_helpers(tree, config.helper_module)
    if not missing:
        return []
    placer = _Placer(source, tree, config, filename)
    return placer.edits(sorted(missing - {RUNTIME_ALIAS}, key=_member), RUNTIME_ALIAS in missing)


@dataclass(frozen=True)
class _Statement:
    node: ast.Import | ast.ImportFrom
    section: int
    key: Key


class _Placer:
    def __init__(self, source: Source, tree: ast.Module, config: Config, filename: str) -> None:
        self.source = source
        self.tree = tree
        self.config = config
        self.filename = filename
        self.newline = source.newline
        self.module = config.helper_module

    def edits(self, names: list[str], alias: bool) -> list[Edit]:
        added: list[tuple[Key, str]] = []
        if alias:
            key = _statement_key(False, self.module, RUNTIME_ALIAS)
            added.append((key, f"import {self.module} as {RUNTIME_ALIAS}"))
        merged: list[Edit] = []
        if names:
            target = self._mergeable()
            merged = (None if target is None else self._merge(target, names)) or []
            if not merged:  # a statement of its own
                key = _statement_key(True, self.module, names[0])
                added.append((key, self._from_import(names, "", "")))
        added.sort(key=lambda pair: pair[0])
        return merged + (self._insert(added) if added else [])

    # --- the top import block ---------------------------------------------

    @cached_property
    def _docstring(self) -> bool:
        body = self.tree.body
        return bool(body) and _is_docstring(body[0])

    @cached_property
    def block(self) -> list[_Statement]:
        """The first run of import statements after the docstring."""
        statements = []
        for node in self.tree.body[1 if self._docstring else 0 :]:
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                break
            if isinstance(node, ast.Import):
                first = node.names[0]
                module, level, name = first.name, 0, first.asname
            else:
                module, level = node.module or "", node.level
                name = min((a.name for a in node.names), key=_member)
            key = _statement_key(isinstance(node, ast.ImportFrom), module, name)
            statements.append(_Statement(node, self.section(module, level), key))
        return statements

    def section(self, module: str, level: int) -> int:
        """isort's section of a module, as ruff decides it by default."""
        base = module.partition(".")[0]
        if level:
            return LOCAL_FOLDER
        if base == "__future__":
            return FUTURE
        parts = module.split(".")
        prefixes = [".".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatchcase(p, k) for p in prefixes for k in self.config.known_first_party):
            return FIRST_PARTY
        if base in sys.stdlib_module_names:
            return STANDARD_LIBRARY
        if base == self._package or any(_defines(folder, base) for folder in self.config.src):
            return FIRST_PARTY
        return THIRD_PARTY

    @cached_property
    def _package(self) -> str | None:
        """The top package the file is in (folders with ``__init__.py``)."""
        path = Path(self.filename)
        if not path.is_file():
            return None
        folder, top = path.resolve().parent, None
        while (folder / "__init__.py").is_file():
            folder, top = folder.parent, folder
        return None if top is None else top.name

    # --- merging into ``from <helper module> import ...`` ------------------

    def _mergeable(self) -> ast.ImportFrom | None:
        return next(
            (
                node
                for node in self.tree.body
                if isinstance(node, ast.ImportFrom)
                and not node.level
                and node.module == self.module
                and all(a.asname is None and a.name != "*" for a in node.names)
            ),
            None,
        )

    def _merge(self, node: ast.ImportFrom, names: list[str]) -> list[Edit] | None:
        """Edits adding ``names`` to the import ``node``; None where that would
        lose a comment or the layout is not isort's."""
        source = self.source
        start, end = source.start(node), source.end(node)
        if node.lineno == node.end_lineno and "(" not in source.segment(node):
            line_end = source.text.find("\n", end)
            rest = source.text[end : len(source.text) if line_end < 0 else line_end].rstrip("\r")
            if rest.strip() and not rest.strip().startswith("#"):
                return None  # another statement follows on the line
            everything = sorted({a.name for a in node.names} | set(names), key=_member)
            prefix = source.text[source.line_start(start) : start]
            return [Edit(start, end + len(rest), self._from_import(everything, prefix, rest))]
        return self._add_lines(node, names)

    def _add_lines(self, node: ast.ImportFrom, names: list[str]) -> list[Edit] | None:
        """A line per name in a parenthesized import that has one per line."""
        source = self.source
        lines = [a.lineno for a in node.names]
        one_per_line = len(set(lines)) == len(lines) and node.lineno < min(lines)
        last = node.names[-1]
        closing = source.line_start(source.end(node) - 1)
        after_last = source.text[source.end(last) : source.end(node)].lstrip()
        closed = max(lines) < (node.end_lineno or node.lineno)  # ``)`` on a line of its own
        if not (one_per_line and closed and after_last.startswith(",")):
            return None
        indent = source.indent_at(source.start(node.names[0]))
        at: dict[int, str] = {}
        for name in names:
            following = next((a for a in node.names if _member(a.name) > _member(name)), None)
            offset = closing if following is None else self._attached(following.lineno, node.lineno)
            at[offset] = at.get(offset, "") + f"{indent}{name},{self.newline}"
        return [Edit(offset, offset, text) for offset, text in at.items()]

    def _from_import(self, names: list[str], prefix: str, comment: str) -> str:
        """``from <helper module> import names``, wrapped as isort does when
        the line (after ``prefix``, with a trailing ``comment``) is too long."""
        line = f"from {self.module} import {', '.join(names)}"
        counted = "" if _PRAGMA.match(comment.strip()) else comment
        if width(prefix + line + counted) <= self.config.line_length:
            return line + comment
        indent = prefix[: len(prefix) - len(prefix.lstrip())]
        inner = indent + indent_unit(self.source, self.tree)
        items = "".join(f"{self.newline}{inner}{name}," for name in names)
        return f"from {self.module} import ({comment}{items}{self.newline}{indent})"

    # --- inserting new statements -------------------------------------------

    def _insert(self, added: Sequence[tuple[Key, str]]) -> list[Edit]:
        section = self.section(self.module, 0)
        same = [s for s in self.block if s.section == section]
        if same:
            return self._into_section(same, added)
        newline = self.newline
        text = "".join(t + newline for _, t in added)
        before = [s for s in self.block if s.section < section]
        if before:  # a section of its own, after the sections before it
            offset, lead = self._after(before[-1].node)
            return [Edit(offset, offset, lead + newline + text)]
        if self.block:  # ... or before the first section after it
            offset = self._attached(self.block[0].node.lineno)
            return [Edit(offset, offset, text + newline)]
        return [self._new_block(text)]

    def _into_section(
        self, section: list[_Statement], added: Sequence[tuple[Key, str]]
    ) -> list[Edit]:
        """Each statement before the first of the section that sorts after
        it (and the comment above that one), else after the section's last."""
        newline = self.newline
        at: dict[int, tuple[str, str]] = {}  # offset: the lines, what follows them
        for key, text in added:
            following = next((s for s in section if s.key > key), None)
            if following is None:
                offset, lead = self._after(section[-1].node)
                trail = ""
            else:
                offset, lead = self._attached(following.node.lineno), ""
                # isort sets a comment above an import off by a blank line.
                commented = offset < self.source.start(following.node)
                trail = newline if commented else ""
            lines, _ = at.get(offset, (lead, trail))
            at[offset] = (lines + text + newline, trail)
        return [Edit(offset, offset, lines + trail) for offset, (lines, trail) in at.items()]

    def _new_block(self, text: str) -> Edit:
        """The first import of the module: after the docstring, or before the
        first statement and the comment above it (but under a header that
        starts the file, a shebang or licence), with the blank lines isort
        wants after imports: two before a function or class, else one."""
        source, newline = self.source, self.newline
        body = self.tree.body[1 if self._docstring else 0 :]
        floor = (self.tree.body[0].end_lineno or 0) if self._docstring else 0
        if not body or body[0].lineno <= floor:
            offset, lead = self._after(self.tree.body[0])
            return Edit(offset, offset, lead + newline + text)
        first = body[0]
        decorators = getattr(first, "decorator_list", [])
        line = min([first.lineno, *(d.lineno for d in decorators)])
        offset = self._attached(line, floor)
        blank = offset
        while blank > 0 and not source.text[source.line_start(blank - 1) : blank].strip():
            blank = source.line_start(blank - 1)
        lead = newline if self._docstring or (0 < blank < offset) else ""
        gap = 2 if isinstance(first, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else 1
        return Edit(blank, offset, lead + text + newline * gap)

    def _attached(self, line: int, floor: int | None = None) -> int:
        """Offset of line ``line`` (1-based), or of the comment lines right
        above it, which isort keeps with the statement; not above ``floor``
        (by default the end of the statement before), nor above comments
        that start the file (a shebang, a licence: they stay on top)."""
        source = self.source
        if floor is None:
            floor = max(
                (n.end_lineno or n.lineno for n in self.tree.body if n.lineno < line), default=0
            )
        top = line
        while top - 1 > floor and _line(source, top - 1).lstrip().startswith("#"):
            top -= 1
        if top == 1:
            top = line
        return source.line_starts[top - 1]

    def _after(self, node: ast.stmt) -> tuple[int, str]:
        """Offset of the start of the line after ``node``, and the newline to
        write first where the file ends on that line without one."""
        end_line = node.end_lineno or node.lineno
        if end_line < len(self.source.line_starts):
            return self.source.line_starts[end_line], ""
        text = self.source.text
        return len(text), "" if text.endswith(("\n", "\r")) else self.newline


def _line(source: Source, number: int) -> str:
    starts = source.line_starts
    end = starts[number] if number < len(starts) else len(source.text)
    return source.text[starts[number - 1] : end]


def _defines(folder: Path, name: str) -> bool:
    """Whether a source folder holds a top-level package or module ``name``."""
    return (folder / name).is_dir() or (folder / f"{name}.py").is_file()


def _natural(text: str) -> Key:
    """natord's order, which ruff sorts by: runs of digits compare as
    numbers, other characters one by one."""
    return tuple(
        (ord("0"), int(run)) if run.isdigit() else (ord(run), 0)
        for run in re.findall(r"[0-9]+|[^0-9]", text)
    )


def _member(name: str) -> Key:
    """The order of names in ``from x import ...`` (ruff's order-by-type):
    CONSTANTS, then Classes, then the rest; case-insensitively, then not."""
    if name == "*":
        kind = -1
    elif len(name) > 1 and name.upper() == name and name.lower() != name:
        kind = 0
    elif name[:1].isupper():
        kind = 1
    else:
        kind = 2
    return (kind, _natural(name.lower()), _natural(name))


def _statement_key(from_import: bool, module: str, name: str | None) -> Key:
    """The order of statements in a section: ``import x`` (by module, then
    alias) before ``from x import ...`` (by module, then first name)."""
    module_key = (_natural(module.lower()), _natural(module))
    if from_import:
        return (1, module_key, _member(name or ""))
    return (0, module_key, (name is not None, _natural(name or "")))


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )
