"""The oldest Python a project declares it supports.

``vendor-helper`` writes the runtime helper into a project, where it must
run on every Python the project supports.  The project says which in
pyproject.toml (``[project] requires-python``, or Poetry's ``python`` in
``[tool.poetry.dependencies]``), setup.cfg (``[options] python_requires``) or
setup.py (``python_requires=...``), read in that order: the first that
declares anything is what the project's build uses.

The oldest version is the lowest ``major.minor`` any version of which meets
every clause (PEP 440: ``>=3.8``, ``~=3.9``, ``==3.10.*``, ``!=3.8.*``, ...;
Poetry's ``^3.8``, ``~3.8`` and ``||`` too).  No packaging library is used:
it is no dependency of k8s-lint, and only the lowest admitted minor matters.
"""

from __future__ import annotations

import configparser
import contextlib
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

Version = tuple[int, ...]

# The Pythons looked at, oldest first: 2.7 (what "any Python" means in
# practice) and every 3.x minor up to well past any released one.
_CANDIDATES = [(2, 7)] + [(3, minor) for minor in range(100)]
_CLAUSE = re.compile(
    r"\s*(?P<op>~=|===|==|!=|<=|>=|<|>)\s*v?(?P<release>\d+(?:\.\d+)*)"
    r"(?P<wildcard>\.\*)?(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|dev)[-_.]?\d*)*\s*"
)
_COMPARE: dict[str, Callable[[Version, Version], bool]] = {
    ">=": lambda v, bound: v >= bound,
    ">": lambda v, bound: v > bound,
    "<=": lambda v, bound: v <= bound,
    "<": lambda v, bound: v < bound,
    "==": lambda v, bound: v == bound,
    "===": lambda v, bound: v == bound,
    "!=": lambda v, bound: v != bound,
}


class Declared(NamedTuple):
    """The oldest Python a project admits, and where it says so."""

    oldest: tuple[int, int]
    where: str  # e.g. 'pyproject.toml sets requires-python = ">=3.8"'


class _Clause(NamedTuple):
    op: str
    release: Version
    wildcard: bool

    def admits(self, version: Version) -> bool:
        if self.op == "~=":  # ~=3.8.1: >=3.8.1 and ==3.8.*
            prefix = _Clause("==", self.release[:-1], True)
            at_least = version >= _pad(self.release)
            return len(self.release) > 1 and at_least and prefix.admits(version)
        if self.wildcard:
            matches = version[: len(self.release)] == self.release
            return matches if self.op == "==" else not matches
        width = max(len(version), len(self.release))
        return _COMPARE[self.op](_pad(version, width), _pad(self.release, width))


def _pad(release: Version, width: int = 3) -> Version:
    return release + (0,) * (width - len(release))


def oldest(specifier: str) -> tuple[int, int] | None:
    """The lowest ``(major, minor)`` that some version of meets
    ``specifier`` (PEP 440, or Poetry's form); None when it is not one this
    understands, or admits no Python from 2.7 on."""
    alternatives = [_clauses(part) for part in specifier.split("||")]
    if any(clauses is None for clauses in alternatives):
        return None
    for minor in _CANDIDATES:
        if any(_admits_some(clauses or [], minor) for clauses in alternatives):
            return minor
    return None


def _admits_some(clauses: list[_Clause], minor: tuple[int, int]) -> bool:
    """Whether some ``minor.patch`` meets every clause: the patches where a
    clause can change its answer are 0 and 1 (``>3.8`` and ``!=3.8`` admit
    3.8.1), and each patch a clause names and the one after it."""
    patches = {0, 1}
    for clause in clauses:
        if clause.release[:2] == minor and len(clause.release) > 2:
            patches |= {clause.release[2], clause.release[2] + 1}
    return any(all(c.admits((*minor, p)) for c in clauses) for p in patches)


def _clauses(text: str) -> list[_Clause] | None:
    """The clauses of one alternative, separated by commas (or, in Poetry's
    form, spaces); None when one is not understood."""
    text = re.sub(r"(~=|===|==|!=|<=|>=|<|>|\^|~)\s+", r"\1", text)  # ">= 3.8"
    clauses = []
    for word in re.split(r"[\s,]+", text.strip()):
        if word in ("", "*"):
            continue
        if word[0] in "^~" and not word.startswith("~="):  # Poetry: ^3.8, ~3.8
            word = ">=" + word[1:]
        elif word[0].isdigit():  # Poetry: 3.8, 3.8.*
            word = "==" + word
        match = _CLAUSE.fullmatch(word)
        if match is None or (match["wildcard"] and match["op"] not in ("==", "!=")):
            return None
        release = tuple(int(part) for part in match["release"].split("."))
        clauses.append(_Clause(match["op"], release, match["wildcard"] is not None))
    return clauses


def declared(root: Path) -> Declared | None:
    """The oldest Python the project at ``root`` declares, from its first
    file that declares one (see the module doc); None when none does, or
    the declaration is not one this understands."""
    first = next(iter(_declarations(root)), None)
    if first is None:
        return None
    where, specifier = first
    found = oldest(specifier)
    return None if found is None else Declared(found, where)


def _declarations(root: Path) -> list[tuple[str, str]]:
    found = []
    pyproject = _toml(root / "pyproject.toml")
    # Each named as ``root`` spells it: relative from a relative root.
    names = {name: root / name for name in ("pyproject.toml", "setup.cfg", "setup.py")}
    project = _table(pyproject, "project")
    if isinstance(project.get("requires-python"), str):
        value = project["requires-python"]
        found.append((f'{names["pyproject.toml"]} sets requires-python = "{value}"', value))
    poetry = _table(_table(_table(pyproject, "tool"), "poetry"), "dependencies")
    if isinstance(poetry.get("python"), str):
        value = poetry["python"]
        where = f'{names["pyproject.toml"]} sets python = "{value}" in [tool.poetry.dependencies]'
        found.append((where, value))
    parser = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(configparser.Error, UnicodeDecodeError):
        parser.read(names["setup.cfg"], encoding="utf-8")
    value = parser.get("options", "python_requires", fallback="").strip()
    if value:
        found.append((f"{names['setup.cfg']} sets python_requires = {value}", value))
    try:
        setup = names["setup.py"].read_text(encoding="utf-8", errors="replace")
    except OSError:
        setup = ""
    passed = re.search(r"""python_requires\s*=\s*(['"])(.*?)\1""", setup)
    if passed:
        found.append((f"{names['setup.py']} passes {passed[0]}", passed[2]))
    return found


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _table(tables: dict[str, Any], key: str) -> dict[str, Any]:
    value = tables.get(key, {})
    return value if isinstance(value, dict) else {}
