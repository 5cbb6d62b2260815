#!/usr/bin/env python3
"""The generated space (tests/generated.py), run whole: recall, fix rate and
behaviour per axis value.

Draws ``--sample`` programs from the product of the axes with ``--seed``
(the test suite runs the first 150 of the same draw), and the plainest
program with each axis value alone; runs each as ``evaluate`` does (the
original in every cluster state, then lint, fix, and the fixed code before
and after in every state) on ``--jobs`` processes; writes the tables to
``--output`` (and with ``--docs`` into the documentation's benchmarks page,
``docs/benchmarks/index.md``, between its ``generated-space`` markers).  A
program the generator wrote wrong (its original does not do what its axes
say) stops the run with exit code 2: it is never counted as a miss.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from generated import (  # noqa: E402  (the tests' modules, from their folder)
    AXES,
    GeneratorError,
    Program,
    Verdict,
    alone,
    evaluate,
    one_axis_at_a_time,
    sample,
    space_size,
    trap_fixed,
)

DOCS_PAGE = ROOT / "docs" / "benchmarks" / "index.md"
DOCS_START = "<!-- generated-space -->"
DOCS_END = "<!-- /generated-space -->"


class Row(NamedTuple):
    program: Program
    verdict: Verdict


def run(program: Program) -> Verdict | str:
    try:
        return evaluate(program)
    except GeneratorError as error:
        return f"generator: {error}"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def share(rows: list[Row], wanted: Callable[[Row], bool], hit: Callable[[Row], bool]) -> str:
    among = [r for r in rows if wanted(r)]
    return f"{percent(sum(map(hit, among)), len(among))} ({sum(map(hit, among))}/{len(among)})"


def is_lookup(r: Row) -> bool:
    return r.program.lookup


def wants_safe(r: Row) -> bool:
    return r.program.fix == "safe"


def wants_fix(r: Row) -> bool:
    return r.program.fix != "none"


def is_trap(r: Row) -> bool:
    return r.program.trap is not None


def flagged(r: Row) -> bool:
    return r.verdict.flagged


def safe_fix(r: Row) -> bool:
    return r.verdict.safe_fix


def any_fix(r: Row) -> bool:
    return r.verdict.any_fix


def changed(r: Row) -> bool:
    return bool(r.verdict.changes)


def forbidden(r: Row) -> bool:
    return trap_fixed(r.program, r.verdict)


def overall(rows: list[Row]) -> list[str]:
    safe = [r for r in rows if r.verdict.safe_fix]
    unsafe = [r for r in rows if any_fix(r) and not safe_fix(r)]
    traps = [r for r in rows if is_trap(r)]
    lookups = [r for r in rows if is_lookup(r)]
    rows_ = [
        ("programs", str(len(rows))),
        ("lookups (a search for one exact name: should be flagged)", str(len(lookups))),
        ("traps (a fix must not read, or not change them at all)", str(len(traps))),
        ("**lookups flagged**", share(rows, is_lookup, flagged)),
        ("**fixed safely**, where a safe fix keeps behaviour", share(rows, wants_safe, safe_fix)),
        ("fixed (safe or unsafe), where any fix keeps behaviour", share(rows, wants_fix, any_fix)),
        ("**safe fixes that changed behaviour**", f"{sum(map(changed, safe))} of {len(safe)}"),
        (
            "unsafe fixes that changed behaviour (in these states)",
            f"{sum(bool(r.verdict.unsafe_changes) for r in unsafe)} of {len(unsafe)}",
        ),
        (
            "**traps fixed** (a fix they must not get)",
            f"{sum(map(forbidden, traps))} of {len(traps)}",
        ),
        ("traps flagged (not fixed, with a reason, is fine)", str(sum(map(flagged, traps)))),
        (
            "safe fixes that answer a refused read (allowed as RBAC) where the original "
            "answered otherwise",
            str(sum(bool(r.verdict.silent) for r in rows)),
        ),
        ("safe fixes that still list in full", str(sum(r.verdict.still_lists for r in rows))),
        ("lint or fix crashed", str(sum(r.verdict.crash is not None for r in rows))),
    ]
    return ["| | |", "| --- | ---: |", *(f"| {what} | {value} |" for what, value in rows_)]


def alone_outcome(row: Row | None) -> str:
    """What the tool does with the plainest program and this value alone."""
    if row is None:
        return "-"
    v = row.verdict
    if v.crash:
        return "crash"
    if v.changes:
        return "**changed**"
    if row.program.trap is not None and trap_fixed(row.program, v):
        return "**trap fixed**"
    if not row.program.lookup:
        return "flagged, no fix" if v.flagged else "no finding"
    if v.safe_fix:
        return "fixed"
    if v.any_fix:
        return "unsafe fix"
    return "flagged" if v.flagged else "missed"


def per_axis(rows: list[Row], singles: dict[str, Row]) -> list[str]:
    lines = [
        "| axis | value | programs | flagged | fixed safely | any fix | "
        "changed | traps fixed | alone |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for axis, values in AXES.items():
        for value in values:
            among = [r for r in rows if r.program.axes[axis] == value]
            single = singles.get("/".join(alone(axis, value).values()))
            lines.append(
                f"| {axis} | {value} | {len(among)} | "
                f"{share(among, is_lookup, flagged)} | {share(among, wants_safe, safe_fix)} | "
                f"{share(among, wants_fix, any_fix)} | {sum(map(changed, among))} | "
                f"{sum(map(forbidden, among))} | {alone_outcome(single)} |"
            )
    return lines


def reason(verdict: Verdict) -> str:
    """Why a lookup was not fixed safely, as the tool said it, without the
    program's own names and line numbers."""
    if not verdict.flagged:
        return "not flagged" if verdict.crash is None else "crash: " + verdict.crash
    message = verdict.findings[0]
    found = re.search(r"\((not fixed|unsafe fix, with --unsafe-fixes): (.*)\)$", message)
    if found is None:
        return "flagged, no fix and no reason given"
    text = re.sub(r"\b\w+\(\)", "<f>()", found[2])
    text = re.sub(r"line \d+", "line <n>", text)
    return f"{found[1].split(',')[0]}: {text}"


def reasons(rows: list[Row], top: int) -> list[str]:
    counts = Counter(reason(r.verdict) for r in rows if wants_safe(r) and not safe_fix(r))
    lines = ["| lookups | why not fixed safely |", "| ---: | --- |"]
    lines += [f"| {n} | {text} |" for text, n in counts.most_common(top)]
    return lines


def listing(title: str, rows: Iterable[Row], detail: Callable[[Row], str], top: int) -> list[str]:
    chosen = list(rows)
    if not chosen:
        return [f"{title}: none."]
    lines = [f"{title} ({len(chosen)}; the first {min(top, len(chosen))}):", ""]
    lines += [f"- `{r.program.id}`: {detail(r)}" for r in chosen[:top]]
    return lines


def summary(rows: list[Row], singles: dict[str, Row], command: str) -> list[str]:
    return [
        f"`{command}`, k8s-lint at {commit()}.",
        "",
        *overall(rows),
        "",
        "Per axis value: the share of the sample's programs with that value "
        "that were flagged (of lookups), fixed safely (of those a safe fix keeps), "
        "fixed at all (of those any fix keeps), safe fixes that changed behaviour, "
        "traps fixed; and *alone*: what k8s-lint does with the plainest program "
        "(sync client, a namespaced kind, the list inline, no wrapper, a for loop "
        "returning on `x.metadata.name == name`, no guard, an existence test, "
        "nothing around it) with only that value changed.",
        "",
        *per_axis(rows, singles),
    ]


def commit() -> str:
    result = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return result.stdout.strip() or "an unknown commit"


def report(rows: list[Row], singles: dict[str, Row], command: str, seconds: float) -> str:
    valid, combinations = space_size()
    lines = [
        "# The generated space",
        "",
        f"{len(rows)} programs drawn from the {valid:,} valid combinations of the axes "
        f"({combinations:,} in their product) in `tests/generated.py`, and the "
        f"{len(singles)} programs with one axis value alone; each run as "
        "`tests/test_corpus.py` runs the corpus: the original, then the safe and "
        "the unsafe fix, in every cluster state of `tests/fake_api.py`, a body-less "
        "404 for a missing object, and names that tell traps apart (a prefix, "
        f"another case, field-selector syntax, empty). {seconds:.0f} s.",
        "",
        *summary(rows, singles, command),
        "",
        "## Why lookups were not fixed",
        "",
        *reasons(rows, 25),
        "",
        "## Found wrong",
        "",
        *listing("Safe fixes that changed behaviour", filter(changed, rows), first_change, 20),
        "",
        *listing("Traps fixed", filter(forbidden, rows), first_change_or_read, 20),
        "",
        *listing(
            "Unsafe fixes that changed behaviour (applied only with --unsafe-fixes)",
            (r for r in rows if r.verdict.unsafe_changes),
            lambda r: r.verdict.unsafe_changes[0],
            20,
        ),
        "",
        *listing("Crashes", (r for r in rows if r.verdict.crash), crash, 10),
        "",
    ]
    return "\n".join(lines)


def first_change(row: Row) -> str:
    return row.verdict.changes[0]


def first_change_or_read(row: Row) -> str:
    v = row.verdict
    if v.changes:
        return v.changes[0]
    if v.silent:
        return f"reads where only a field selector keeps the list's errors; {v.silent[0]}"
    return "a safe fix" + (" that reads" if v.reads else "")


def crash(row: Row) -> str:
    return row.verdict.crash or ""


def evaluate_all(programs: list[Program], jobs: int) -> list[Row]:
    with multiprocessing.Pool(jobs) as pool:
        results = pool.map(run, programs, chunksize=16)
    errors = [r for r in results if isinstance(r, str)]
    if errors:
        print(*errors[:20], sep="\n", file=sys.stderr)
        print(f"{len(errors)} programs the generator wrote wrong", file=sys.stderr)
        raise SystemExit(2)
    return [Row(p, v) for p, v in zip(programs, results, strict=True) if isinstance(v, Verdict)]


def update_docs(block: list[str]) -> None:
    text = DOCS_PAGE.read_text(encoding="utf-8")
    start, end = text.index(DOCS_START), text.index(DOCS_END)
    text = text[: start + len(DOCS_START)] + "\n" + "\n".join(block) + "\n" + text[end:]
    DOCS_PAGE.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=6000, help="programs to draw")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "generated_space.md")
    parser.add_argument(
        "--docs", action="store_true", help="update the tables in docs/benchmarks/index.md too"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    programs = sample(args.sample, args.seed)
    singles = one_axis_at_a_time()
    rows = evaluate_all(programs + singles, args.jobs)
    drawn, alone_rows = rows[: len(programs)], rows[len(programs) :]
    by_id = {r.program.id: r for r in alone_rows}
    command = f"benchmarks/generated_space.py --sample {args.sample} --seed {args.seed}"
    seconds = time.monotonic() - started
    args.output.write_text(report(drawn, by_id, command, seconds), encoding="utf-8")
    if args.docs:
        update_docs(summary(drawn, by_id, command))
    print(f"{len(drawn)} programs in {seconds:.0f} s: {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
