"""How `check` grows with the size of one file, and reaching definitions with
the size of one function: the times that must stay linear.

    python benchmarks/scaling.py            # prints a Markdown table
    python benchmarks/scaling.py --write    # and writes benchmarks/scaling.md

Each row is the best of three runs in this process (the analysis only, no
start-up), on files generated here: N functions that each look a Job up by
name in one of a few shapes, and one function of 5·B statements.
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from test_reaching import large_function  # noqa: E402

from k8s_lint.engine import lint_text  # noqa: E402
from k8s_lint.reaching import Flow  # noqa: E402

SHAPES = (
    "def exists_{i}(api, ns, name):\n"
    "    return any(j.metadata.name == name for j in api.list_namespaced_job(ns).items)\n",
    "def find_{i}(api, ns, name):\n"
    "    jobs = api.list_namespaced_job(ns).items\n"
    "    for job in sorted(jobs, key=lambda j: j.metadata.name):\n"
    "        if job.metadata and job.metadata.name == name:\n"
    "            return job\n"
    "    return None\n",
    "def phase_{i}(api, ns, name):\n"
    "    try:\n"
    "        pods = api.list_namespaced_pod(ns).items\n"
    "    except Exception:\n"
    "        return None\n"
    "    return next((p.status for p in pods if p.metadata.name == name), None)\n",
)


def lookups(count: int) -> str:
    return "\n\n".join(SHAPES[i % len(SHAPES)].format(i=i) for i in range(count))


def best(run: Callable[[], object]) -> float:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write benchmarks/scaling.md")
    args = parser.parse_args()
    rows = ["| lookups in one file | check (s) | per lookup (ms) |", "| ---: | ---: | ---: |"]
    for count in (250, 500, 1000, 2000, 4000):
        text = lookups(count)
        assert len(lint_text(text)) == count  # every one is found: the work is real
        seconds = best(lambda text=text: lint_text(text))  # type: ignore[misc]
        rows.append(f"| {count:,} | {seconds:.2f} | {1000 * seconds / count:.2f} |")
    rows += ["", "| statements in one function | reaching definitions (s) |", "| ---: | ---: |"]
    for blocks in (100, 400, 1600):
        scope = ast.parse(large_function(blocks)).body[0]
        seconds = best(lambda scope=scope: Flow(scope))  # type: ignore[misc]
        rows.append(f"| {5 * blocks:,} | {seconds:.3f} |")
    table = "\n".join(rows) + "\n"
    print(table)
    if args.write:
        (HERE / "scaling.md").write_text(
            "# Scaling within one file\n\n"
            "`python benchmarks/scaling.py --write`: best of three, in-process.\n\n" + table
        )


if __name__ == "__main__":
    main()
