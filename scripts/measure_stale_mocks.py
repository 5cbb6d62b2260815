"""KUB101 against the fix-time warning's name matching, on the fixture
projects of tests/stale_mock_rule/; or write their expected files.

python scripts/measure_stale_mocks.py           # per case: marked, reported, false alarms, missed
python scripts/measure_stale_mocks.py --write   # rewrite every <test>.unsafe.py from the tool

Each case's code is fixed as `k8s-lint fix` fixes it; then KUB101 checks
the tests, and the warning `fix` prints (stale_mocks.py, which matches the
replaced methods by name) looks at the same tests.  A reported line is a
false alarm when the case does not mark it.  --write prints each expected
file it created, changed or deleted: review them with
`git diff tests/stale_mock_rule`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from k8s_lint.config import load
from k8s_lint.engine import fix_text
from k8s_lint.stale_mocks import stale_mocks

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from stale_mock_cases import (  # noqa: E402
    CASES,
    expected_path,
    fix_code,
    kub101,
    markers,
    project_of,
    suites_of,
)


def measure() -> None:
    totals = [0, 0, 0, 0, 0, 0]
    print(f"{'case':<28} {'marked':>6} | {'KUB101':>6} {'false':>5} {'missed':>6} | "
          f"{'warned':>6} {'false':>5} {'missed':>6}")  # fmt: skip
    with tempfile.TemporaryDirectory() as where:
        for case in CASES:
            project = project_of(case, Path(where))
            tests = suites_of(project)
            replaced = fix_code(project)
            marked = {(str(t.relative_to(project)), line) for t in tests for line in markers(t)}
            found = set(kub101(project, tests))
            warned = {
                (str(m.path.relative_to(project)), m.line) for m in stale_mocks(tests, replaced)
            }
            row = [len(found), len(found - marked), len(marked - found)]
            row += [len(warned), len(warned - marked), len(marked - warned)]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            totals_marked = len(marked)
            print(f"{case.name:<28} {totals_marked:>6} | {row[0]:>6} {row[1]:>5} {row[2]:>6} | "
                  f"{row[3]:>6} {row[4]:>5} {row[5]:>6}")  # fmt: skip
    marked_total = totals[0] - totals[1] + totals[2]
    print(f"{'all':<28} {marked_total:>6} | {totals[0]:>6} {totals[1]:>5} {totals[2]:>6} | "
          f"{totals[3]:>6} {totals[4]:>5} {totals[5]:>6}")  # fmt: skip


def write() -> None:
    with tempfile.TemporaryDirectory() as where:
        for case in CASES:
            project = project_of(case, Path(where))
            fix_code(project)
            for test in suites_of(project):
                config = replace(load(test), select=("KUB101",))
                result = fix_text(test.read_text(), str(test), True, config, roots=(project,))
                expected = expected_path(case, project, test)
                old = expected.read_text() if expected.exists() else None
                new = result.text if result.text != test.read_text() else None
                if new == old:
                    continue
                if new is None:
                    expected.unlink()
                    print(f"deleted {expected.relative_to(ROOT)}")
                else:
                    expected.write_text(new)
                    print(f"{'changed' if old else 'created'} {expected.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the expected files")
    if parser.parse_args().write:
        write()
    else:
        measure()


if __name__ == "__main__":
    main()
