"""Finding, reading and safely rewriting the files a run covers."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

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


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and Python files below directories.

    A file named explicitly is always included; directories are walked
    without following symlinks (so a symlink loop cannot trap the walk).
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in EXCLUDED_DIRS)
                for name in sorted(names):
                    if name.endswith(SUFFIXES):
                        yield Path(root, name)
        else:
            yield path


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
