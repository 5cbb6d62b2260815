"""The project root: how far a run looks beyond the files it was given.

A fix run searches the project's tests for mocks it made stale, its RBAC
manifests for roles that list without get, and its project files for the
k8s-lint dependency.  The project is found from the paths the run was given,
never from the current folder, so that a run reads nothing it was not
pointed at and says the same from wherever it is started: a named path's
project root is the nearest folder at or above it with a project file or a
repository's top (``.git``, a folder or, in a worktree, a file); without
one, the named folder itself (a named file's folder).

Paths the scans find are spelt as the named path that led to them is: from
an absolute path, absolute; from a relative one, relative to the current
folder (which is what the relative path is relative to).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

PROJECT_FILES = ("pyproject.toml", "setup.cfg", "setup.py")
# The nearest of these, walking up, marks the root: a project nested in a
# repository is its own project, and a repository's top ends the walk.
MARKERS = (*PROJECT_FILES, ".git")
# A project's tests: files under these folders, and files with these names.
TEST_FOLDERS = frozenset({"tests", "test"})
TEST_FILE = re.compile(r"(test_.*|.*_test|conftest)\.py")


class Root(NamedTuple):
    """A project root of a run."""

    path: Path  # absolute, as named: symlinks kept, so that it spells as named
    spelt: Path  # as the run spells it: see the module doc

    def spell(self, path: Path) -> Path:
        """``path`` (absolute, at or below the root) spelt from the root's
        spelling."""
        return self.spelt / path.relative_to(self.path)


def folder(path: Path) -> Path:
    """The folder a named path stands for: itself, or a file's folder;
    absolute, its parents as the path names them (a symlinked folder is not
    replaced by its target's)."""
    absolute = Path(os.path.abspath(path))
    return absolute if absolute.is_dir() else absolute.parent


def root_of(path: Path) -> Path:
    """The project root of one named path (absolute): the nearest folder at or
    above it with a project file or ``.git``, else its own folder."""
    start = folder(path)
    for candidate in (start, *start.parents):
        if any((candidate / marker).exists() for marker in MARKERS):
            return candidate
    return start


def project_roots(paths: Sequence[Path]) -> list[Root]:
    """The project roots of the named paths, each once, in the order of the
    paths that lead to them, spelt as the first of those is.  Paths in
    several projects give several roots; a root inside another is left out,
    as the walk of the outer one covers it.  The caller leaves out the paths
    that do not exist: such a path is an error, not a place to look around."""
    first: dict[Path, Path] = {}
    for path in paths:
        first.setdefault(root_of(path), path)
    outermost = [r for r in first if not any(r != o and r.is_relative_to(o) for o in first)]
    return [Root(r, _spelt(r, first[r])) for r in outermost]


def _spelt(root: Path, named: Path) -> Path:
    return root if named.is_absolute() else Path(os.path.relpath(root))


def source_root(roots: Sequence[Root]) -> Path | None:
    """What SARIF URIs are relative to (``%SRCROOT%``): the top of the git
    repository that holds the roots, as code scanning resolves a relative URI
    from the repository's top (a project nested in a monorepo included); else
    the roots' common folder; None without roots."""
    if not roots:
        return None
    common = Path(os.path.commonpath([r.path for r in roots]))
    for candidate in (common, *common.parents):
        if (candidate / ".git").exists():
            return candidate
    return common


def is_test(inside: Path) -> bool:
    """Whether a file, spelt from its project root, is one of the project's
    tests: under a ``tests``/``test`` folder, or ``test_*.py``, ``*_test.py``
    or ``conftest.py``."""
    return bool(TEST_FILE.fullmatch(inside.name) or TEST_FOLDERS & set(inside.parts[:-1]))


def root_of_test(path: Path | str, roots: Sequence[Path]) -> Path | None:
    """The project root ``path`` is a test of: the first of the run's
    ``roots`` (absolute) that holds it, else its own (``root_of``); None when
    it is not a test there.  In strings: every file of a run asks."""
    absolute = os.path.abspath(path)
    for root in roots:
        top = str(root)
        if absolute.startswith(top.rstrip(os.sep) + os.sep):
            inside = absolute[len(top.rstrip(os.sep)) + 1 :].split(os.sep)
            break
    else:
        top = str(root_of(Path(absolute)))
        inside = os.path.relpath(absolute, top).split(os.sep)
    if TEST_FILE.fullmatch(inside[-1]) or TEST_FOLDERS.intersection(inside[:-1]):
        return Path(top)
    return None
