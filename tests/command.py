"""Running the real ``k8s-lint`` command in a subprocess, for the CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def k8s_lint(
    *args: str | Path, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "k8s_lint", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        timeout=600,
    )
