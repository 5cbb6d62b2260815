"""The benchmark scripts still run (a tiny configuration; figures are the
scripts' business, never a test's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_runtime_overhead_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "runtime_overhead.py"), "--calls", "100"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "exists(), no observer" in result.stdout
