"""Finding, reading and safely rewriting the files a run covers."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .source import SourceError, decode

if TYPE_CHECKING:
    import pathspec

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
Chain = tuple[tuple[str, "pathspec.GitIgnoreSpec"], ...]


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
        self.configured = _spec(patterns)
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
                    spec = _spec(handle.read().splitlines())
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
        specs: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
        if inside and self.configured is not None:
            specs.append((self.root, self.configured))
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
                spec = type(spec)(
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
        return (path for path, _ in self._walk(top, suffixes))

    def _walk(self, top: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, FileKey | None]]:
        """``walk``'s files, each with its device and inode where the
        directory listing tells them without a ``stat`` (not a symlink)."""
        start = str(top.resolve())
        chains = {start: self._chain(Path(start), named=Path(start))}
        # Top-down and in sorted order, as os.walk; a directory's entries
        # give the file inodes python_files dedupes by, one stat per
        # directory (its device) rather than one per file.
        stack = [start]
        while stack:
            directory = stack.pop()
            chain = chains.pop(directory)
            if directory != start and (spec := self._gitignore(directory)) is not None:
                chain += ((_prefix(directory), spec),)
            try:
                with os.scandir(directory) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
                device = os.stat(directory).st_dev
            except OSError:
                continue
            below = top / directory[len(_prefix(start)) :]
            deeper = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    path = entry.path
                    if (
                        entry.name not in EXCLUDED_DIRS
                        and not _matches(chain, path, True)
                        and not entry.is_symlink()
                    ):
                        deeper.append(path)
                        chains[path] = chain
                elif entry.name.endswith(suffixes) and not _matches(chain, entry.path, False):
                    key = None if entry.is_symlink() else (device, entry.inode())
                    yield below / entry.name, key
            stack.extend(reversed(deeper))


# A file's identity: (device, inode).
FileKey = tuple[int, int]


def _spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec | None:
    """The spec of gitignore ``lines``; None for none (pathspec, slow to
    import, is imported only where a pattern is)."""
    lines = list(lines)
    if not any(line.strip() and not line.startswith("#") for line in lines):
        return None
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return spec if spec.patterns else None


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
    seen: set[FileKey] = set()
    for path in paths:
        if force_exclude and excluder.excluded(path):
            continue
        for file, key in excluder._walk(path, SUFFIXES) if path.is_dir() else ((path, None),):
            if key is None:
                try:
                    status = file.stat()
                except OSError:  # reading it reports the error
                    yield file
                    continue
                key = (status.st_dev, status.st_ino)
            if key not in seen:
                seen.add(key)
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


class NotWritten(Exception):
    """A file that was not written, and is as it was; the message says why."""


def write_file(path: Path, text: str, encoding: str) -> None:
    """Give the file at ``path`` the content ``text`` (newlines as they are in
    it, never translated), or raise NotWritten with the file as it was.

    Every command that writes files (fix, check --add-noqa, vendor-helper)
    writes through here.  A file is written only when the OS lets this
    process open it for reading and writing: its mode (and ACLs) are the
    user's "don't touch", as for ruff and black; root, whom the OS lets
    open a 0444 file for writing, rewrites it (and it stays 0444).  A symlink
    stays a link: its target is written.

    The content goes to a temporary file beside the target, which gets the
    target's mode, owner and group and is renamed over it, so that the file
    is never seen half-written.  Where the rename would change what the file
    is, it is written in place instead (see ``_in_place``).
    """
    data = text.encode(encoding)
    target = Path(os.path.realpath(path))
    try:
        fd: int | None = os.open(target, os.O_RDWR)
    except FileNotFoundError:
        fd = None  # a new file (vendor-helper)
    except OSError as error:
        raise NotWritten(_reason(error, target)) from None
    try:
        if fd is None:
            _replace(target, data, None)
        else:
            status = os.fstat(fd)
            # Renaming over a file with other names (hard links) would leave
            # them holding the old code: write the one inode they all share.
            if status.st_nlink > 1 or not _replace(target, data, status):
                _in_place(fd, data)
    except OSError as error:
        raise NotWritten(_reason(error, target)) from None
    finally:
        if fd is not None:
            os.close(fd)


def _reason(error: OSError, target: Path) -> str:
    reason = f"cannot write: {error.strerror or error}"
    if isinstance(error, PermissionError):
        with contextlib.suppress(OSError):  # the mode is a hint, when there is one
            reason += f" (mode {stat.S_IMODE(target.stat().st_mode):04o})"
    return reason


def _replace(target: Path, data: bytes, status: os.stat_result | None) -> bool:
    """Write ``data`` to a temporary file beside ``target`` and rename it over
    it, keeping the mode, owner and group of ``status`` (the target's; None
    for a new file, which gets the umask's mode as any new file).  False,
    with nothing written, when that cannot keep the file what it is: no
    file can be made in its folder, or the owner or group cannot be given
    (only root may give a file away; a user keeps a group only if a member)."""
    import secrets  # only commands that write files get here

    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.k8s-lint")
        try:
            fd = os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if status else 0o666
            )
            break
        except FileExistsError:
            continue
        except PermissionError:
            if status is None:
                raise  # a new file can only come from a folder we may write
            # A folder this user may not write, holding a file it may: the
            # file's own mode allows the change (ruff, black and editors
            # write it in place), and refusing would leave the findings the
            # user asked to fix.  So in place, giving up only atomicity.
            return False
    try:
        with os.fdopen(fd, "wb") as handle:
            if status is not None:
                made = os.fstat(handle.fileno())
                if (made.st_uid, made.st_gid) != (status.st_uid, status.st_gid):
                    try:
                        os.chown(temporary, status.st_uid, status.st_gid)
                    except PermissionError:
                        # The renamed file would belong to this user: rather
                        # write in place, which the file's mode allows, and
                        # it stays its owner's.
                        os.unlink(temporary)
                        return False
                os.chmod(temporary, stat.S_IMODE(status.st_mode))  # after chown, which drops setuid
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        raise
    return True


def _in_place(fd: int, data: bytes) -> None:
    """Overwrite the open file ``fd`` with ``data``: the same inode, so its
    mode, owner, group and every hard link stay as they are.

    Not atomic: the new content goes over the old one and the file is then
    cut to length.  When that fails (a full disk) or is interrupted, the old
    content is written back, so the file is left as it was.
    """
    original = _read_all(fd)
    try:
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    except BaseException:
        try:
            _write_all(fd, original)
            os.ftruncate(fd, len(original))
        except OSError as again:
            raise NotWritten(
                "cannot write, and writing back what it held failed too "
                f"({again.strerror or again}): check the file"
            ) from None
        raise


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
