"""Interrupting a large fix run never leaves a half-written file.

A fix run over a few hundred files is stopped at random moments with
SIGINT and SIGKILL, several times; after each stop every file is exactly the
original or exactly the fixed version, and a final run finishes the job.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from corpus_cases import fixed

LOOKUP = fixed("any")
FILES = 400


def test_interrupted_runs_leave_every_file_whole(tmp_path: Path) -> None:
    # Big enough files that writes take a moment, so stops land mid-run.
    padding = "".join(f"def helper_{i}(x):\n    return x * {i}\n\n\n" for i in range(300))
    before = padding + LOOKUP.before
    paths = []
    for index in range(FILES):
        path = tmp_path / f"module_{index}.py"
        path.write_text(before)
        paths.append(path)
    # What one fix gives, from the tool itself: the expected "after".
    subprocess.run([sys.executable, "-m", "k8s_lint", "fix", str(paths[0])], check=True)
    after = paths[0].read_text()
    assert after != before
    paths[0].write_text(before)

    rng = random.Random(20261125)
    mixed = 0  # stops that landed mid-run: some files fixed, some not yet
    stops = [signal.SIGINT, signal.SIGKILL, signal.SIGINT, signal.SIGKILL, signal.SIGKILL]
    for stop in stops:
        process = subprocess.Popen(
            [sys.executable, "-m", "k8s_lint", "fix", "-j", "2", "."],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.3, 1.5))
        os.killpg(process.pid, stop)
        _, stderr = process.communicate(timeout=60)
        assert b"Traceback" not in stderr
        texts = [p.read_text() for p in paths]
        assert all(text in (before, after) for text in texts), "a file was left half-written"
        mixed += 0 < texts.count(after) < FILES
        assert not any(p.suffix == ".py" for p in tmp_path.iterdir() if p not in paths)

    assert mixed, "no stop landed mid-run: the test proved nothing"
    final = subprocess.run(
        [sys.executable, "-m", "k8s_lint", "fix", "."], cwd=tmp_path, capture_output=True, text=True
    )
    assert final.returncode == 0, final.stderr
    assert all(p.read_text() == after for p in paths)
