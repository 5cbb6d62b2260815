"""Running check or fix over many files, in parallel, with a progress bar.

Each file is handled by one worker call that reads, analyses and (for fix)
writes it, so a crash or interrupt leaves every file either as it was or as
fixed (see ``files.write_file``), and only changed files are written.
"""

from __future__ import annotations

import difflib
import itertools
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .analysis import Finding
from .config import Config
from .engine import NO_PROJECT, fix_text, lint_text
from .files import NotWritten, is_python, read_source, write_file
from .noqa import add_noqa
from .project import root_of_test
from .project_index import Facts, ProjectIndex, facts_of
from .source import SourceError
from .stale_mocks import Replaced, replaced_reads

if TYPE_CHECKING:
    import threading
    from multiprocessing.sharedctypes import Synchronized

# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 64


class Mode(Enum):
    CHECK = "check"
    FIX = "fix"  # write the fixed files
    DIFF = "diff"  # print what fix would change
    DRY = "dry"  # fix --check: only tell whether anything would change
    NOQA = "noqa"  # check --add-noqa: mark the findings as suppressed


@dataclass
class Outcome:
    """What one file came to; ``text`` is what the findings' positions refer to."""

    path: Path
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    broken: list[Finding] = field(default_factory=list)
    # In the file's own encoding, as git would show it, so that it applies.
    diff: bytes = b""
    error: str | None = None
    noqa_added: int = 0
    # The fixed text could not be written: ``findings`` are the file's own.
    unwritten: bool = False
    # The list calls the fix replaced with reads, for finding stale mocks.
    reads: list[Replaced] = field(default_factory=list)
    # What it tells the analysis of the other files, where the job asked.
    facts: Facts | None = None
    # The index of the second pass changes nothing here: the first stands.
    unchanged: bool = False


@dataclass(frozen=True)
class Job:
    mode: Mode
    config: Config
    unsafe: bool
    # The list-returning functions of the run's files (see project_index.py).
    project: ProjectIndex = NO_PROJECT
    # Summarise each file's list-returning functions (a first pass).
    summarise: bool = False
    # Only files that may call a function of ``project``, and ``redo`` (a
    # second pass).
    only_mentioning: bool = False
    redo: frozenset[Path] = frozenset()
    # The run's project roots (absolute): a test's code under test is looked
    # for inside them (KUB101).
    roots: tuple[Path, ...] = ()


def process(job: Job, path: Path) -> Outcome:
    """Check or fix one file; never raises for a bad file (it becomes ``error``)."""
    if not is_python(path):
        return Outcome(path, error="not a Python file (no .py/.pyi suffix, no python shebang)")
    try:
        text, encoding = read_source(path)
    except SourceError as error:
        return Outcome(path, error=str(error))
    if job.only_mentioning and path not in job.redo and not job.project.mentioned(text):
        return Outcome(path, unchanged=True)
    outcome = _process(job, path, text, encoding)
    if job.summarise:
        outcome.facts = facts_of(path, text, replaced_too=False)
    return outcome


def _process(job: Job, path: Path, text: str, encoding: str) -> Outcome:
    try:
        if job.mode is Mode.CHECK:
            findings = lint_text(text, str(path), job.config, job.project, job.roots)
            return Outcome(path, text if findings else "", findings)
        if job.mode is Mode.NOQA:
            return _add_noqa(job, path, text, encoding)
        result = fix_text(text, str(path), job.unsafe, job.config, job.project, job.roots)
    except SourceError as error:
        return Outcome(path, error=str(error))
    except RecursionError:
        return Outcome(path, error="cannot parse: nested too deeply")
    except Exception as error:  # a bug of ours: this file is left as it was, the run goes on
        return Outcome(
            path,
            error=f"internal error: {type(error).__name__}: {error}; the file is left as it "
            "was (please report it)",
        )
    outcome = Outcome(
        path, result.text if result.remaining else "", result.remaining, result.fixed, result.broken
    )
    if not result.changed:
        return outcome
    outcome.reads = replaced_reads(path, text, result.text, result.fixed)
    if job.mode is Mode.DIFF:
        outcome.diff = unified_diff(path, text, result.text, encoding)
    elif job.mode is Mode.FIX:
        try:
            write_file(path, result.text, encoding)
        except NotWritten as error:
            # The file still holds every finding it had, where it had them:
            # they are what is left, not what the fixed text would have left.
            findings = lint_text(text, str(path), job.config, job.project, job.roots)
            return Outcome(
                path, text, findings, broken=result.broken, error=str(error), unwritten=True
            )
    return outcome


def _add_noqa(job: Job, path: Path, text: str, encoding: str) -> Outcome:
    new_text, added = add_noqa(text, lint_text(text, str(path), job.config, job.project, job.roots))
    if not added:
        return Outcome(path)
    try:
        write_file(path, new_text, encoding)
    except NotWritten as error:
        return Outcome(path, error=str(error))
    return Outcome(path, noqa_added=added)


# Lines as Python and git count them: str.splitlines() would also break at
# form feeds and other separators inside a line.
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def unified_diff(path: Path, before: str, after: str, encoding: str) -> bytes:
    """A unified diff that ``git apply`` and ``patch`` accept: the file's
    bytes (its encoding, its BOM), and git's marker for a last line without
    a newline."""
    bom = "\ufeff" if encoding == "utf-8-sig" else ""  # decoding dropped it
    lines = difflib.unified_diff(
        _LINES.findall(bom + before),
        _LINES.findall(bom + after),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    header = "".join(itertools.islice(lines, 2)).encode("utf-8", "surrogateescape")
    body = []
    for line in lines:
        body.append(line)
        if not line.endswith(("\n", "\r")):
            body.append("\n\\ No newline at end of file\n")
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    return header + "".join(body).encode(codec)


# In a worker process: the count of files done, shared with the parent.
_done: Synchronized[int] | None = None


def _count_into(done: Synchronized[int]) -> None:
    global _done
    _done = done


def _process_one(arguments: tuple[Job, Path]) -> Outcome:
    outcome = process(*arguments)
    if _done is not None:
        with _done.get_lock():
            _done.value += 1
    return outcome


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
    """Outcomes in the order of ``files``, from ``jobs`` processes.

    A file may call a list-returning function of another file of the run
    (project_index.py).  A run that writes needs every function known
    before it writes anything: the index is built first.  One that only
    reports learns them as it goes, at no cost where there are none, and
    looks again only at the files that may call one.
    """
    if job.mode in _WRITES:
        job = replace(job, project=ProjectIndex.build(files))
        if job.mode is not Mode.FIX:
            yield from _outcomes(job, files, jobs)
            return
        # The tests after the rest, once it is written: the code they test is
        # then as this run leaves it, whatever the order of the files or the
        # workers (KUB101).
        tests = [root_of_test(path, job.roots) is not None for path in files]
        done: dict[int, Outcome] = {}
        for phase in (False, True):
            chosen = [i for i, test in enumerate(tests) if test is phase]
            outcomes = _outcomes(job, [files[i] for i in chosen], jobs)
            done.update(zip(chosen, outcomes, strict=True))
        yield from (done[i] for i in range(len(files)))
        return
    first = list(_outcomes(replace(job, summarise=True), files, jobs))
    facts = [(o.path, o.facts) for o in first if o.facts is not None]
    inlined = any(f.through for o in first for f in (*o.findings, *o.fixed))
    if not (inlined or any(f.summaries or f.loose for _, f in facts)):
        yield from first  # the common case: nothing one file tells another
        return
    project = ProjectIndex.of(facts, ProjectIndex.replaced_in(files))
    # Fixes that inlined a function some other file replaces at run time.
    redo = frozenset(
        o.path
        for o in first
        for f in (*o.findings, *o.fixed)
        if f.through and f.through in project.replaced
    )
    if not (project.modules or project.loose or redo):
        yield from first
        return
    again = replace(job, project=project, only_mentioning=True, redo=redo)
    for before, after in zip(first, _outcomes(again, files, jobs, watched=False), strict=True):
        yield before if after.unchanged else after


_WRITES = (Mode.FIX, Mode.NOQA)


def _outcomes(job: Job, files: list[Path], jobs: int, watched: bool = True) -> Iterator[Outcome]:
    progress = progress_bar(len(files)) if watched else _Unwatched()
    try:
        if jobs <= 1 or len(files) < PARALLEL_THRESHOLD:
            for path in files:
                yield process(job, path)
                progress.update()
            return
        yield from _in_pool(job, files, jobs, progress)
    finally:
        progress.close()


def _in_pool(job: Job, files: list[Path], jobs: int, progress: Progress) -> Iterator[Outcome]:
    """Outcomes from a process pool, in order.  The results of a chunk come
    back together and in order, so one slow file would hold the bar still
    while the other workers go on: the workers count every file they finish
    in shared memory, and a thread moves the bar to that count."""
    # Imported here: most pre-commit runs see too few files for a pool.
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, len(files) // (jobs * 8))
    tasks = [(job, p) for p in files]
    if isinstance(progress, _Unwatched):
        # No bar to move (CI, pre-commit): no count to share.
        with ProcessPoolExecutor(jobs) as pool:
            yield from pool.map(_process_one, tasks, chunksize=chunk)
        return
    done = multiprocessing.Value("q", 0)
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(done, progress, stop), daemon=True)
    with ProcessPoolExecutor(jobs, initializer=_count_into, initargs=(done,)) as pool:
        watcher.start()
        try:
            yield from pool.map(_process_one, tasks, chunksize=chunk)
        finally:
            stop.set()
            watcher.join()


def _watch(done: Synchronized[int], progress: Progress, stop: threading.Event) -> None:
    shown = 0
    while True:
        stopped = stop.wait(0.1)
        count = done.value
        if count > shown:
            progress.update(count - shown)
            shown = count
        if stopped:
            return


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
