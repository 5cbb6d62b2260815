"""Finding, reading and safely rewriting the files a run covers."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import pathspec

from .source import SourceError, decode

# ruff's default excludes: tool caches, virtual environments, VCS data.
EXCLUDED_DIRS = frozenset(
    {
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".mypy_cache",
        ".nox", ".pants.d", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
        "__pypackages__", "_build", "buck-out", "dist", "node_modules",
        "site-packages", "venv", "__pycache__",
    }
)  # fmt: skip
SUFFIXES = (".py", ".pyi")


# Ignore specs in the order they apply, each with the directory (as a prefix
# ending in "/") its patterns are relative to: the configured excludes (the
# project root's), then .gitignore files from the top down.
Chain = tuple[tuple[str, pathspec.GitIgnoreSpec], ...]


class Excluder:
    """Decides which paths a run skips: ruff's default directory excludes, the
    configured ``exclude`` patterns and ``.gitignore`` files (gitignore syntax,
    each file's patterns relative to its own directory), as ruff does.

    Paths are matched as strings: a walk resolves its top directory once, and
    nothing per file touches the file system beyond what ``os.walk`` reads.
    """

    def __init__(self, root: Path, patterns: Iterable[str], projects: Iterable[Path] = ()) -> None:
        self.root = root.resolve()
        # The run's other project roots (project.py): .gitignore files apply
        # from them down, as from the root.
        self.projects = tuple(p.resolve() for p in projects)
        self.configured = pathspec.GitIgnoreSpec.from_lines(patterns)
        self._gitignores: dict[str, pathspec.GitIgnoreSpec | None] = {}
        self._repositories: dict[Path, Path | None] = {}

    def _repository(self, directory: Path) -> Path | None:
        """The top of the git repository holding ``directory`` (the nearest
        folder at or above it with ``.git``), if any."""
        if directory not in self._repositories:
            if (directory / ".git").exists():
                self._repositories[directory] = directory
            elif directory.parent == directory:
                self._repositories[directory] = None
            else:
                self._repositories[directory] = self._repository(directory.parent)
        return self._repositories[directory]

    def _gitignore(self, directory: str) -> pathspec.GitIgnoreSpec | None:
        if directory not in self._gitignores:
            path = os.path.join(directory, ".gitignore")
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    spec = pathspec.GitIgnoreSpec.from_lines(handle.read().splitlines())
            except OSError:
                spec = None
            self._gitignores[directory] = spec if spec and spec.patterns else None
        return self._gitignores[directory]

    def _chain(self, directory: Path, named: Path | None = None) -> Chain:
        """The specs that apply inside ``directory``: the configured ones (for
        paths under the root) and each .gitignore from the highest of the
        root, the project roots and the top of the git repository that hold
        ``directory`` down (outside them all, ``directory``'s own): never one
        above them, which would be another project's.  Patterns that would
        exclude ``named``, a directory named on the command line, are
        dropped: naming it asks for it, as in ruff."""
        inside = directory.is_relative_to(self.root)
        specs = [(self.root, self.configured)] if inside else []
        holding = (self.root, *self.projects, self._repository(directory))
        top = min(
            (t for t in holding if t is not None and directory.is_relative_to(t)),
            key=lambda t: len(t.parts),
            default=directory,
        )
        tops = [p for p in (directory, *directory.parents) if p.is_relative_to(top)]
        specs += [(d, s) for d in reversed(tops) if (s := self._gitignore(str(d))) is not None]
        chain = []
        for base, spec in specs:
            if named is not None and named != base and named.is_relative_to(base):
                asked = named.relative_to(base).as_posix() + "/"
                spec = pathspec.GitIgnoreSpec(
                    [p for p in spec.patterns if not (p.include and p.match_file(asked))]
                )
            if spec.patterns:
                chain.append((_prefix(str(base)), spec))
        return tuple(chain)

    def excluded(self, path: Path) -> bool:
        """Whether ``path``, named on the command line, is excluded all the
        same (``--force-exclude``, as pre-commit passes files one by one)."""
        absolute = path.resolve()
        inside = absolute.relative_to(self.root).parts if absolute.is_relative_to(self.root) else ()
        if absolute.name in EXCLUDED_DIRS or any(part in EXCLUDED_DIRS for part in inside):
            return True
        return _matches(self._chain(absolute.parent), str(absolute), absolute.is_dir())

    def walk(self, top: Path, suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
        """Files below ``top`` (spelt from it) whose names end in ``suffixes``
        (Python files by default), in sorted order.  The walk does not follow
        symlinks, so a symlink loop cannot trap it."""
        start = str(top.resolve())
        chains = {start: self._chain(Path(start), named=Path(start))}
        for directory, dirs, names in os.walk(start):
            chain = chains.pop(directory)
            if directory != start and (spec := self._gitignore(directory)) is not None:
                chain += ((_prefix(directory), spec),)
            kept = []
            for name in sorted(dirs):
                path = os.path.join(directory, name)
                if name not in EXCLUDED_DIRS and not _matches(chain, path, True):
                    kept.append(name)
                    chains[path] = chain
            dirs[:] = kept
            below = top / directory[len(_prefix(start)) :]
            for name in sorted(names):
                file = os.path.join(directory, name)
                if name.endswith(suffixes) and not _matches(chain, file, False):
                    yield below / name


def _prefix(directory: str) -> str:
    return directory if directory.endswith("/") else directory + "/"


def _matches(chain: Chain, path: str, is_dir: bool) -> bool:
    for prefix, spec in chain:
        if path.startswith(prefix) and spec.match_file(
            path[len(prefix) :] + ("/" if is_dir else "")
        ):
            return True
    return False


def python_files(
    paths: Iterable[Path], excluder: Excluder, force_exclude: bool = False
) -> Iterator[Path]:
    """Files named on the command line, and Python files below directories.

    A file named explicitly is included unless ``force_exclude`` (as
    pre-commit passes files one by one).  A file reached more than once (named
    twice, inside a directory also named, through a symlink and by its real
    path) comes once, under the first of its names.
    """
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if force_exclude and excluder.excluded(path):
            continue
        for file in excluder.walk(path) if path.is_dir() else (path,):
            try:
                status = file.stat()
            except OSError:  # reading it reports the error
                yield file
                continue
            if (status.st_dev, status.st_ino) not in seen:
                seen.add((status.st_dev, status.st_ino))
                yield file


def is_python(path: Path) -> bool:
    """A .py/.pyi file, or a script whose first line is a python shebang."""
    if path.name.endswith(SUFFIXES):
        return True
    try:
        with path.open("rb") as handle:
            first = handle.readline(200)
    except OSError:
        return True  # let reading it report the error
    return first.startswith(b"#!") and b"python" in first


def read_source(path: Path) -> tuple[str, str]:
    """The decoded text of a file and its encoding; SourceError if unreadable."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}") from None
    return decode(data)


def write_atomically(path: Path, text: str, encoding: str) -> None:
    """Replace a file's content so that it is never seen half-written.

    The text goes to a temporary file in the same directory, which is then
    renamed over the original (atomic on POSIX); the file's mode is kept.
    Newlines are written as they are in ``text``, never translated.  A
    symlink stays a link: its target is what gets replaced.
    """
    data = text.encode(encoding)
    path = Path(os.path.realpath(path))
    mode = stat.S_IMODE(path.stat().st_mode)
    import tempfile  # only fix writes files

    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".k8s-lint")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
