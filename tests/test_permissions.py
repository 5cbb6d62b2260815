"""Writing files respects their permissions and ownership: ``fix``,
``check --add-noqa`` and ``vendor-helper`` leave a file the user may not write
as it was (reported, exit 2, counted as left), keep a rewritten file's mode,
owner and group, write a hard-linked file in place and write through a
symlink.

The suite runs as root in CI; the cases that need an unprivileged user run
the command as ``nobody`` (uid 65534) in a folder every user can traverse
(pytest's ``tmp_path`` is under a 0700 folder of root's).
"""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from command import k8s_lint

from k8s_lint.files import NotWritten, write_file

JOBS = """\
from kubernetes import client


def job_exists(namespace, name):
    batch = client.BatchV1Api()
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False
"""
FIXED_JOBS = """\
from k8s_lint.runtime import exists
from kubernetes import client


def job_exists(namespace, name):
    batch = client.BatchV1Api()
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
"""
NOBODY = 65534

Run = Callable[..., subprocess.CompletedProcess[str]]


class State(NamedTuple):
    """What "left as it was" compares: content, inode, mode, owner, group, mtime."""

    data: bytes
    inode: int
    mode: int
    uid: int
    gid: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> State:
        status = path.stat()
        return cls(
            path.read_bytes(),
            status.st_ino,
            status.st_mode,
            status.st_uid,
            status.st_gid,
            status.st_mtime_ns,
        )


def _root_only() -> str | None:
    """Why the cases that chown or switch users cannot run here, if they cannot."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs root: it changes files' owners and runs k8s-lint as another user"
    return None


needs_root = pytest.mark.skipif(_root_only() is not None, reason=str(_root_only()))


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder every user can traverse, owned by root (0755)."""
    path = Path(tempfile.mkdtemp(prefix="k8s-lint-permissions-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path)


@pytest.fixture(scope="module")
def nobody() -> Run:
    """Runs ``k8s-lint`` as uid/gid 65534 with no supplementary groups."""
    if (why := _root_only()) is not None:
        pytest.skip(why)
    try:
        name = pwd.getpwuid(NOBODY).pw_name
    except KeyError:
        pytest.skip(f"no user with uid {NOBODY} to run k8s-lint as")
    if shutil.which("setpriv"):
        switch = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    elif shutil.which("runuser"):
        switch = ["runuser", "-u", name, "--"]
    else:
        pytest.skip("neither setpriv nor runuser is installed to switch to another user")

    def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*switch, sys.executable, "-m", "k8s_lint", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**os.environ, "HOME": str(cwd)},
            timeout=600,
        )

    probe = subprocess.run(
        [*switch, sys.executable, "-c", "import k8s_lint"], capture_output=True, text=True
    )
    if probe.returncode != 0:
        pytest.skip(f"{name} cannot run {sys.executable} with k8s_lint: {probe.stderr.strip()}")
    return run


def write(path: Path, text: str, mode: int, owner: int | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if owner is not None:
        os.chown(path, owner, owner)
    path.chmod(mode)
    return path


def temporaries(folder: Path) -> list[Path]:
    return list(folder.rglob("*.k8s-lint"))


# 1. A file the user may not write


def test_a_read_only_file_is_reported_left_and_untouched(folder: Path, nobody: Run) -> None:
    """A 0444 file of nobody's own, in a folder nobody may write, is not replaced."""
    os.chown(folder, NOBODY, NOBODY)  # the rename would succeed: only the file says no
    jobs = write(folder / "jobs.py", JOBS, 0o444, owner=NOBODY)
    before = State.of(jobs)
    result = nobody("fix", "jobs.py", cwd=folder)
    assert result.returncode == 2, result.stderr
    assert State.of(jobs) == before, "same bytes, inode, mode, owner and mtime"
    assert "error: jobs.py: cannot write: Permission denied (mode 0444)" in result.stderr
    assert "Fixed 0 findings in 0 files; 1 left." in result.stderr
    assert "1  not fixed: the file could not be written (see its error)" in result.stderr
    assert result.stdout.startswith("jobs.py:6:16: KUB001"), "the finding, where it still is"
    assert not temporaries(folder)


# 2. Owner, group and mode of a rewritten file


@needs_root
@pytest.mark.parametrize("mode", [0o640, 0o444])
def test_root_keeps_the_owner_group_and_mode_of_a_file_it_fixes(folder: Path, mode: int) -> None:
    """Root fixes another user's file (read-only too: the OS lets root write it)
    and gives it back with its owner, group and mode."""
    jobs = write(folder / "jobs.py", JOBS, mode, owner=NOBODY)
    result = k8s_lint("fix", "jobs.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert jobs.read_text() == FIXED_JOBS
    status = jobs.stat()
    assert (status.st_uid, status.st_gid, status.st_mode & 0o7777) == (NOBODY, NOBODY, mode)
    assert not temporaries(folder)


@pytest.mark.parametrize(
    ("uid", "gid", "mode"),
    [(0, 0, 0o666), (NOBODY, 0, 0o664)],
    ids=["root's file", "a group nobody is not in"],
)
def test_a_user_who_cannot_give_a_file_away_fixes_it_in_place(
    folder: Path, nobody: Run, uid: int, gid: int, mode: int
) -> None:
    """A file nobody may write, in nobody's folder, whose owner or group nobody
    cannot give to a new file: written in place, so it keeps them (a rename
    would hand it to nobody:nogroup)."""
    os.chown(folder, NOBODY, NOBODY)
    jobs = write(folder / "jobs.py", JOBS, mode)
    os.chown(jobs, uid, gid)
    inode = jobs.stat().st_ino
    result = nobody("fix", "jobs.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert jobs.read_text() == FIXED_JOBS
    status = jobs.stat()
    assert (status.st_ino, status.st_uid, status.st_gid) == (inode, uid, gid)
    assert status.st_mode & 0o7777 == mode
    assert not temporaries(folder)


# 3. A writable file in a folder the user may not write


def test_a_writable_file_in_a_read_only_folder_is_fixed_in_place(folder: Path, nobody: Run) -> None:
    """No temporary file can be made beside it, so nobody's own 0644 file in
    root's 0755 folder is written in place: fixed, same inode, nothing left."""
    jobs = write(folder / "jobs.py", JOBS, 0o644, owner=NOBODY)
    before = State.of(jobs)
    result = nobody("fix", "jobs.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert jobs.read_text() == FIXED_JOBS
    after = State.of(jobs)
    assert (after.inode, after.mode, after.uid, after.gid) == before[1:5]
    assert "Fixed 1 finding in 1 file; 0 left." in result.stderr


# 4. Hard links


def test_a_hard_linked_file_is_fixed_in_place_for_every_name(tmp_path: Path) -> None:
    """A file with two names is written in place, so both names see the fix
    (a rename would leave the other name with the old code)."""
    jobs = write(tmp_path / "jobs.py", JOBS, 0o640)
    other = tmp_path / "elsewhere" / "jobs_copy.py"
    other.parent.mkdir()
    os.link(jobs, other)
    inode = jobs.stat().st_ino
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert jobs.read_text() == other.read_text() == FIXED_JOBS
    assert jobs.stat().st_ino == other.stat().st_ino == inode
    assert jobs.stat().st_nlink == 2
    assert jobs.stat().st_mode & 0o7777 == 0o640
    assert not temporaries(tmp_path)


# 5. --add-noqa and vendor-helper share the write path


OLD_HELPER = "# Vendored from k8s-lint 0.0.1 (k8s_lint/runtime.py)\nOLD = True\n"


@pytest.mark.parametrize(
    ("command", "name", "text"),
    [
        (("check", "--add-noqa"), "jobs.py", JOBS),
        (("vendor-helper", "--force"), "jobs.py", JOBS),
        (("vendor-helper",), "k8s_read.py", OLD_HELPER),  # an upgrade of a vendored helper
    ],
    ids=["add-noqa", "vendor-helper-force", "vendor-helper-upgrade"],
)
def test_add_noqa_and_vendor_helper_leave_a_read_only_file_untouched(
    folder: Path, nobody: Run, command: tuple[str, ...], name: str, text: str
) -> None:
    """Every command that writes files refuses a 0444 file the same way."""
    os.chown(folder, NOBODY, NOBODY)
    target = write(folder / name, text, 0o444, owner=NOBODY)
    before = State.of(target)
    result = nobody(*command, name, cwd=folder)
    assert result.returncode == 2, result.stderr
    assert State.of(target) == before
    assert f"error: {name}: cannot write: Permission denied (mode 0444)" in result.stderr
    assert not temporaries(folder)


def test_fix_vendor_helper_into_a_read_only_folder_stops_before_any_rewrite(
    folder: Path, nobody: Run
) -> None:
    """``fix --vendor-helper`` writes the helper as every command writes files:
    where it cannot, the run stops (exit 2) and no file is fixed against a
    helper that is not there."""
    jobs = write(folder / "jobs.py", JOBS, 0o644, owner=NOBODY)  # root's folder, 0755
    before = State.of(jobs)
    result = nobody("fix", "--vendor-helper", "k8s_read.py", "jobs.py", cwd=folder)
    assert result.returncode == 2, result.stderr
    assert "error: k8s_read.py: cannot write: Permission denied" in result.stderr
    assert State.of(jobs) == before
    assert not (folder / "k8s_read.py").exists()
    assert not temporaries(folder)


def test_a_failed_write_in_place_puts_the_old_content_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In place is not atomic: when the write fails half-way (a full disk),
    the file gets its old content back and the error says it was not written."""
    jobs = write(tmp_path / "jobs.py", JOBS, 0o644)
    os.link(jobs, tmp_path / "other.py")  # a hard link: written in place

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)  # after the new text went over the old
    with pytest.raises(NotWritten, match="cannot write: No space left on device"):
        write_file(jobs, FIXED_JOBS + "# longer than before\n" * 20, "utf-8")
    assert jobs.read_text() == JOBS


# 6. Symlinks


@needs_root
def test_a_symlink_stays_a_link_and_its_target_keeps_mode_and_owner(folder: Path) -> None:
    """Fixing a file through a link writes the target, which keeps its mode,
    owner and group; the link is still the same link."""
    target = write(folder / "real" / "jobs.py", JOBS, 0o604, owner=NOBODY)
    link = folder / "src" / "jobs.py"
    link.parent.mkdir()
    link.symlink_to("../real/jobs.py")
    result = k8s_lint("fix", "src/jobs.py", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "../real/jobs.py"
    assert target.read_text() == FIXED_JOBS
    status = target.stat()
    assert (status.st_uid, status.st_gid, status.st_mode & 0o7777) == (NOBODY, NOBODY, 0o604)
    assert not temporaries(folder)
