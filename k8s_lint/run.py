"""Running check or fix over many files, in parallel, with a progress bar.

Each file is handled by one worker call that reads, analyses and (for fix)
writes it, so a crash or interrupt leaves every file either as it was or as
fixed (writes are atomic), and only changed files are written.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol

from .analysis import Finding
from .config import Config
from .engine import fix_text, lint_text
from .files import is_python, read_source, write_atomically
from .source import SourceError

# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 64


class Mode(Enum):
    CHECK = "check"
    FIX = "fix"  # write the fixed files
    DIFF = "diff"  # print what fix would change
    DRY = "dry"  # fix --check: only tell whether anything would change


@dataclass
class Outcome:
    """What one file came to; ``text`` is what the findings' positions refer to."""

    path: Path
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    broken: list[Finding] = field(default_factory=list)
    diff: str = ""
    error: str | None = None


@dataclass(frozen=True)
class Job:
    mode: Mode
    config: Config
    unsafe: bool


def process(job: Job, path: Path) -> Outcome:
    """Check or fix one file; never raises for a bad file (it becomes ``error``)."""
    if not is_python(path):
        return Outcome(path, error="not a Python file (no .py/.pyi suffix, no python shebang)")
    try:
        text, encoding = read_source(path)
        if job.mode is Mode.CHECK:
            findings = lint_text(text, str(path), job.config)
            return Outcome(path, text if findings else "", findings)
        result = fix_text(text, str(path), job.unsafe, job.config)
    except SourceError as error:
        return Outcome(path, error=str(error))
    except RecursionError:
        return Outcome(path, error="cannot parse: nested too deeply")
    outcome = Outcome(
        path, result.text if result.remaining else "", result.remaining, result.fixed, result.broken
    )
    if not result.changed:
        return outcome
    if job.mode is Mode.DIFF:
        outcome.diff = "".join(
            difflib.unified_diff(
                text.splitlines(keepends=True),
                result.text.splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
        )
    elif job.mode is Mode.FIX:
        try:
            write_atomically(path, result.text, encoding)
        except OSError as error:
            outcome.error = f"cannot write: {error.strerror or error}"
            outcome.fixed = []
    return outcome


def _process_one(arguments: tuple[Job, Path]) -> Outcome:
    return process(*arguments)


class Progress(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> None: ...


class _Unwatched:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int) -> Progress:
    """A tqdm bar on a terminal; nothing elsewhere (CI, pre-commit), where
    importing tqdm would only add to the start-up time."""
    if not sys.stderr.isatty():
        return _Unwatched()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, leave=False)


def run(job: Job, files: list[Path], jobs: int) -> Iterator[Outcome]:
    """Outcomes in the order of ``files``, from ``jobs`` processes."""
    progress = progress_bar(len(files))
    try:
        if jobs <= 1 or len(files) < PARALLEL_THRESHOLD:
            for path in files:
                yield process(job, path)
                progress.update()
            return
        # Imported here: most pre-commit runs see too few files for a pool.
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, len(files) // (jobs * 8))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(_process_one, [(job, p) for p in files], chunksize=chunk):
                yield outcome
                progress.update()
    finally:
        progress.close()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
