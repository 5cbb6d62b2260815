"""``[tool.k8s-lint]`` in pyproject.toml, found by walking up from the paths.

    [tool.k8s-lint]
    select = ["KUB001", "KUB005"]    # codes or prefixes; default: all
    ignore = ["KUB006"]
    exclude = ["generated/", "*_pb2.py"]   # gitignore-style, from this file's folder
    unsafe-fixes = false
    helper-module = "myapp.k8s_read"       # where fixed code imports helpers

Zero configuration is the default; an invalid table is a ConfigError (exit 2).

Fixes also follow the project's formatter and isort settings, read from the
nearest pyproject.toml that has any (``[tool.ruff]``, ``[tool.black]``,
``[tool.isort]``), whose folder is the project root: the line length
rewritten lines are wrapped at, and which modules are first-party (for
where the helper import goes).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib.machinery import PathFinder
from pathlib import Path
from typing import Any

from .project import root_of
from .rules import RULES

DEFAULT_HELPER_MODULE = "k8s_lint.runtime"
# flake8's default limit: where no formatter is configured, fixed code
# passes a default flake8 run.
DEFAULT_LINE_LENGTH = 79
# Where ruff looks for first-party modules by default, from the project root.
DEFAULT_SRC = (".", "src")
_STYLE_TOOLS = ("ruff", "black", "isort")


class ConfigError(Exception):
    """A configuration that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Config:
    # The folder ``exclude`` patterns and ``helper-module`` are relative to,
    # and .gitignore files are read from: the [tool.k8s-lint] table's, else
    # the project root of the first path (see project.py).  load() sets it;
    # Config() alone, as the flake8 plugin uses it, never walks from it.
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    helper_module: str = DEFAULT_HELPER_MODULE
    source: Path | None = None  # the pyproject.toml it came from
    # From the project's formatter and isort settings (see the module doc).
    line_length: int = DEFAULT_LINE_LENGTH
    # Folders whose top-level packages and modules are first-party; none
    # without a project, so that fixing text alone does not depend on the
    # working directory.
    src: tuple[Path, ...] = ()
    known_first_party: tuple[str, ...] = ()

    def enabled(self, code: str) -> bool:
        """ruff-style: a code is on when selected (all by default) and not ignored,
        the longest matching prefix deciding between the two."""
        chosen = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        if not self.select:
            chosen = 0
        dropped = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return chosen >= 0 and chosen >= dropped


_KEYS = {"select", "ignore", "exclude", "unsafe-fixes", "helper-module"}


def _pyprojects(start: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each pyproject.toml from ``start`` up, parsed, nearest first."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        path = candidate / "pyproject.toml"
        if path.is_file():
            try:
                yield path, tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise ConfigError(f"{path}: cannot read: {error}") from None


def find(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.k8s-lint] table, walking up."""
    return next((path for path, data in _pyprojects(start) if "k8s-lint" in _tools(data)), None)


def load(start: Path) -> Config:
    """The settings for paths from ``start``: the nearest [tool.k8s-lint]
    table; the formatter and isort settings of the nearest pyproject.toml
    that has any, as ruff finds its own (else the nearest pyproject.toml, the
    project root, with the defaults).  Without a table, the settings are
    relative to the project root of ``start``, never the current folder."""
    config: Config | None = None
    style = nearest = None
    for candidate, data in _pyprojects(start):
        tools = _tools(data)
        nearest = nearest or (candidate, data)
        if config is None and "k8s-lint" in tools:
            config = parse(tools["k8s-lint"], candidate)
        if style is None and any(tool in tools for tool in _STYLE_TOOLS):
            style = (candidate, data)
        if config is not None and style is not None:
            break
    config = config or Config(root=root_of(start))
    style = style or nearest
    return config if style is None else replace(config, **_style(*style))


def _tools(data: dict[str, Any]) -> dict[str, Any]:
    tools = data.get("tool", {})
    return tools if isinstance(tools, dict) else {}


def _style(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """What fixes take from the formatter and isort settings of a
    pyproject.toml, as ruff (else black, isort) reads them; a value of the
    wrong type is left to those tools to report, and the default kept."""
    tools = _tools(data)
    ruff, black, isort = (_table(tools, tool) for tool in _STYLE_TOOLS)
    lint = _table(ruff, "lint")
    ruff_isort = _table(lint, "isort") or _table(ruff, "isort")  # the older spelling
    lengths = (ruff.get("line-length"), black.get("line-length"), isort.get("line_length"))
    line_length = next((v for v in lengths if _positive(v)), DEFAULT_LINE_LENGTH)
    src = _strings(ruff.get("src")) or DEFAULT_SRC
    first_party = _strings(ruff_isort.get("known-first-party")) or _strings(
        isort.get("known_first_party")
    )
    return {
        "line_length": line_length,
        "src": tuple(path.parent / folder for folder in src),
        "known_first_party": first_party,
    }


def _table(tables: dict[str, Any], key: str) -> dict[str, Any]:
    value = tables.get(key, {})
    return value if isinstance(value, dict) else {}


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return ()


def parse(table: Any, path: Path) -> Config:
    where = f"{path}: [tool.k8s-lint]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown option {unknown[0]!r}; known: {sorted(_KEYS)}")
    codes = {}
    for key in ("select", "ignore"):
        value = table.get(key, [])
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{where}: {key} must be a list of rule codes")
        bad = [v for v in value if not any(code.startswith(v.upper()) for code in RULES)]
        if bad:
            raise ConfigError(f"{where}: {key}: no rule matches {bad[0]!r}")
        codes[key] = tuple(v.upper() for v in value)
    exclude = table.get("exclude", [])
    if not (isinstance(exclude, list) and all(isinstance(v, str) for v in exclude)):
        raise ConfigError(f"{where}: exclude must be a list of gitignore-style patterns")
    unsafe = table.get("unsafe-fixes", False)
    if not isinstance(unsafe, bool):
        raise ConfigError(f"{where}: unsafe-fixes must be true or false")
    helper = table.get("helper-module", DEFAULT_HELPER_MODULE)
    if not (isinstance(helper, str) and all(p.isidentifier() for p in helper.split("."))):
        raise ConfigError(f"{where}: helper-module must be a dotted module name")
    return Config(
        root=path.parent,
        select=codes["select"],
        ignore=codes["ignore"],
        exclude=tuple(exclude),
        unsafe_fixes=unsafe,
        helper_module=helper,
        source=path,
    )


def unresolved_helper(config: Config) -> str | None:
    """Why fixed code could not import the configured ``helper-module``, or
    None when it can: a module file under the project root or its ``src``
    folder, or a module importable here.  Checked before a fix writes an
    import of it (the default, ``k8s_lint.runtime``, is this package's own)."""
    module = config.helper_module
    if module == DEFAULT_HELPER_MODULE:
        return None
    parts = module.split(".")
    for base in (config.root, config.root / "src"):
        stem = base.joinpath(*parts)
        if stem.with_name(f"{parts[-1]}.py").is_file() or (stem / "__init__.py").is_file():
            return None
    if _importable(parts):
        return None
    file = Path(*parts[:-1], f"{parts[-1]}.py")
    return (
        f"{config.source}: [tool.k8s-lint] helper-module {module!r} does not resolve: no "
        f"{file} under {config.root} or its src/, and it is not importable; write it with "
        f"`k8s-lint vendor-helper {file}` (from the project root), or correct the name"
    )


def _importable(parts: list[str]) -> bool:
    """Whether the module is on this interpreter's path, found as the import
    system finds it but without importing (running) any package on the way."""
    search: list[str] | None = None  # sys.path
    for depth in range(1, len(parts) + 1):
        spec = PathFinder.find_spec(".".join(parts[:depth]), search)
        if spec is None:
            return False
        if depth < len(parts):
            if spec.submodule_search_locations is None:
                return False  # a module, not a package: it has no submodules
            search = list(spec.submodule_search_locations)
    return True
