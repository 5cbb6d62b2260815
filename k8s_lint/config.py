"""``[tool.k8s-lint]`` in pyproject.toml, found by walking up from the paths.

    [tool.k8s-lint]
    select = ["KUB001", "KUB005"]    # codes or prefixes; default: all
    ignore = ["KUB006"]
    exclude = ["generated/", "*_pb2.py"]   # gitignore-style, from the root
    unsafe-fixes = false
    helper-module = "myapp.k8s_read"       # where fixed code imports helpers

Zero configuration is the default; an invalid table is a ConfigError (exit 2).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib.machinery import PathFinder
from pathlib import Path
from typing import Any

from .rules import RULES

DEFAULT_HELPER_MODULE = "k8s_lint.runtime"


class ConfigError(Exception):
    """A configuration that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Config:
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    helper_module: str = DEFAULT_HELPER_MODULE
    source: Path | None = None  # the pyproject.toml it came from

    def enabled(self, code: str) -> bool:
        """ruff-style: a code is on when selected (all by default) and not ignored,
        the longest matching prefix deciding between the two."""
        chosen = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        if not self.select:
            chosen = 0
        dropped = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return chosen >= 0 and chosen >= dropped


_KEYS = {"select", "ignore", "exclude", "unsafe-fixes", "helper-module"}


def find(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.k8s-lint] table, walking up."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        path = candidate / "pyproject.toml"
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise ConfigError(f"{path}: cannot read: {error}") from None
            if "k8s-lint" in data.get("tool", {}):
                return path
    return None


def load(start: Path) -> Config:
    path = find(start)
    if path is None:
        return Config()
    table = tomllib.loads(path.read_text(encoding="utf-8"))["tool"]["k8s-lint"]
    return parse(table, path)


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
