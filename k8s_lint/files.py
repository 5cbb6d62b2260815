"""Finding, reading and safely rewriting the files a run covers."""

from __future__ import annotations

import os
import stat
import tempfile
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


class Excluder:
    """Decides which paths a run skips: ruff's default directory excludes, the
    configured ``exclude`` patterns and ``.gitignore`` files (gitignore syntax,
    each file's patterns relative to its own directory), as ruff does."""

    def __init__(self, root: Path, patterns: Iterable[str]) -> None:
        self.root = root.resolve()
        self.configured = pathspec.GitIgnoreSpec.from_lines(patterns)
        self._gitignores: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def _gitignore(self, directory: Path) -> pathspec.GitIgnoreSpec | None:
        if directory not in self._gitignores:
            path = directory / ".gitignore"
            try:
                lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                lines = []
            self._gitignores[directory] = (
                pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
            )
        return self._gitignores[directory]

    def excluded(self, path: Path, walked_from: Path | None = None) -> bool:
        """Whether to skip ``path``.  Below a directory named on the command
        line (``walked_from``) only .gitignore files from that directory down
        apply, as in ruff: naming a directory asks for it."""
        absolute = path.resolve()
        is_dir = absolute.is_dir()
        if absolute.name in EXCLUDED_DIRS and is_dir:
            return True
        if absolute.is_relative_to(self.root):
            relative = absolute.relative_to(self.root).as_posix() + ("/" if is_dir else "")
            if self.configured.match_file(relative):
                return True
        # .gitignore files from the root (or where the walk began) down
        top = self.root if absolute.is_relative_to(self.root) else absolute.parent
        if walked_from is not None and walked_from.resolve() != self.root:
            top = walked_from.resolve()
        for directory in (top, *[p for p in absolute.parents if p.is_relative_to(top)]):
            spec = self._gitignore(directory)
            if spec is None or not absolute.is_relative_to(directory) or absolute == directory:
                continue
            relative = absolute.relative_to(directory).as_posix() + ("/" if is_dir else "")
            if spec.match_file(relative):
                return True
        return False


def python_files(
    paths: Iterable[Path], excluder: Excluder | None = None, force_exclude: bool = False
) -> Iterator[Path]:
    """Files named on the command line, and Python files below directories.

    A file named explicitly is included unless ``force_exclude`` (as
    pre-commit passes files one by one); directories are walked without
    following symlinks, so a symlink loop cannot trap the walk.
    """
    for path in paths:
        if path.is_dir():
            if force_exclude and excluder is not None and excluder.excluded(path):
                continue
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if d not in EXCLUDED_DIRS
                    and not (excluder and excluder.excluded(Path(root, d), path))
                )
                for name in sorted(names):
                    file = Path(root, name)
                    if name.endswith(SUFFIXES) and not (excluder and excluder.excluded(file, path)):
                        yield file
        elif not (force_exclude and excluder is not None and excluder.excluded(path)):
            yield path


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
    Newlines are written as they are in ``text``, never translated.
    """
    data = text.encode(encoding)
    mode = stat.S_IMODE(path.stat().st_mode)
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
