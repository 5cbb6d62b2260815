"""How far k8s-lint's verdicts hold when the code is written differently.

Every positive and trap of the corpus (tests/corpus/, every group; cases with
a `known-miss` are skipped) goes through every variation of
tests/metamorphic.py alone and in pairs; tests/metamorphic_check.py runs and
judges each variant.  Writes a table per variation, a pairs summary and the
misses to benchmarks/metamorphic.md (or --out), and a short summary to
stdout.  About 15 minutes on 2 cores for the whole corpus.

    python benchmarks/metamorphic.py [--jobs 2] [--cases any,crlf] [--singles]
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import logging
import multiprocessing
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_cases import CASES  # noqa: E402  (tests/ is on the path only now)
from corpus_format import Case  # noqa: E402
from metamorphic import VARIATIONS, combinations  # noqa: E402
from metamorphic_check import (  # noqa: E402
    POSITIVE,
    TRAP,
    Verdict,
    judge,
    role,
    subject,
    variants,
)

# A variant that runs this long is stuck (a loop the variation made endless).
TIMEOUT_SECONDS = 120


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """The cases print and log what they find: keep it off the report."""
    logging.disable(logging.CRITICAL)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield
    logging.disable(logging.NOTSET)


def case_verdicts(task: tuple[Case, list[tuple[str, ...]]]) -> list[Verdict]:
    """Every variant of one case, judged (in a worker: quiet, time-limited)."""
    case, wanted = task
    signal.signal(signal.SIGALRM, _alarm)
    found: list[Verdict] = []
    with quiet():
        prepared = subject(case)
        for variations, files in variants(prepared, wanted) if prepared else ():
            signal.alarm(TIMEOUT_SECONDS)
            try:
                found.append(judge(prepared, variations, files))
            except _Timeout:
                stuck = Verdict(case.name, variations, prepared.role, True, prepared.expected)
                found.append(stuck._replace(error="timed out"))
            finally:
                signal.alarm(0)
    return found


# Counting.


class Row(NamedTuple):
    label: str
    made: int
    discarded: int
    positives: int
    flagged: int
    labelled: int
    fixed_same: int
    changed: int  # safe fixes (of positives and traps) that changed behaviour
    traps: int
    traps_fixed: int  # traps that got a safe fix
    errors: int


def row(label: str, verdicts: Sequence[Verdict]) -> Row:
    kept = [v for v in verdicts if v.preserved]
    positives = [v for v in kept if v.role == POSITIVE]
    traps = [v for v in kept if v.role == TRAP]
    return Row(
        label,
        len(verdicts),
        len(verdicts) - len(kept),
        len(positives),
        sum(v.flagged for v in positives),
        sum(v.labelled for v in positives),
        sum(v.fixed_same for v in positives),
        sum(v.changed is not None for v in kept),
        len(traps),
        sum(v.safe_fix for v in traps),
        sum(v.error is not None for v in kept),
    )


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


HEADER = (
    "| variation | variants | discarded | positives | flagged | fixed as labelled "
    "| fixed, same behaviour | safe fixes that changed behaviour | traps | traps fixed "
    "| errors |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


def table_line(r: Row) -> str:
    cells = [
        r.label,
        str(r.made),
        str(r.discarded),
        str(r.positives),
        percent(r.flagged, r.positives),
        percent(r.labelled, r.positives),
        percent(r.fixed_same, r.positives),
        f"**{r.changed}**" if r.changed else "0",
        str(r.traps),
        f"**{r.traps_fixed}**" if r.traps_fixed else "0",
        str(r.errors),
    ]
    return "| " + " | ".join(cells) + " |"


def table(rows: Iterable[Row]) -> str:
    return "\n".join([HEADER, *(table_line(r) for r in rows)])


def by(verdicts: Sequence[Verdict], key: Callable[[Verdict], bool]) -> list[Verdict]:
    return [v for v in verdicts if key(v)]


# The report.


def _general(text: str) -> str:
    """A reason without what is particular to a case (line numbers, names),
    so that the same miss is counted once."""
    text = re.sub(r"`[^`]*`", "`...`", text)
    text = re.sub(r"\b_?fetch_\w+\(\)", "<helper>()", text)
    return re.sub(r"line \d+", "line N", text)


def miss(v: Verdict) -> str:
    """What happened to a positive that is not fixed with the same behaviour."""
    if v.error:
        return f"error: {v.error}"
    if not v.statuses:
        return "not flagged"
    if v.labelled:
        return "the safe fix changed behaviour"
    said = "; ".join(sorted({_general(r) for r in v.reasons + v.caveats}))
    got = ", ".join(v.statuses)
    return f"{got} (label: {', '.join(v.expected)})" + (f": {said}" if said else "")


def singles_section(singles: Sequence[Verdict]) -> list[str]:
    rows = [row(v.name, by(singles, lambda x, n=v.name: x.variations == (n,))) for v in VARIATIONS]
    return [
        "## Each variation alone",
        "",
        table([*rows, row("**all**", singles)]),
        "",
    ]


def _share(r: Row) -> float:
    return r.fixed_same / r.positives if r.positives else 1.0


def pairs_section(singles: Sequence[Verdict], pairs: Sequence[Verdict]) -> list[str]:
    if not pairs:
        return []
    rows = [row(v.name, by(pairs, lambda x, n=v.name: n in x.variations)) for v in VARIATIONS]
    alone = {
        v.name: _share(row(v.name, by(singles, lambda x, n=v.name: x.variations == (n,))))
        for v in VARIATIONS
    }
    combos = sorted({v.variations for v in pairs})
    per_pair = [row(" + ".join(c), by(pairs, lambda x, c=c: x.variations == c)) for c in combos]
    # What a pair loses beyond the weaker of its two variations alone.
    drop = {r.label: min(alone[n] for n in r.label.split(" + ")) - _share(r) for r in per_pair}
    worst = sorted(
        (r for r in per_pair if r.positives and drop[r.label] > 0),
        key=lambda r: (-drop[r.label], r.label),
    )[:15]
    lines = [
        "## Pairs",
        "",
        "Every pair of variations that both apply, the first (in the order of the "
        "table above) applied first. Per variation: every pair it is part of.",
        "",
        table([*rows, row("**all pairs**", pairs)]),
        "",
    ]
    if worst:
        lines += [
            "The pairs that lose most beyond the weaker of their two variations alone "
            "(*fixed, same behaviour*, in points):",
            "",
            "| pair | positives | fixed, same behaviour | weaker alone | lost |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for r in worst:
            weaker = min(alone[n] for n in r.label.split(" + "))
            lines.append(
                f"| {r.label} | {r.positives} | {percent(r.fixed_same, r.positives)} "
                f"| {100 * weaker:.1f}% | {100 * drop[r.label]:.1f} |"
            )
        lines.append("")
    return lines


def alarms_section(verdicts: Sequence[Verdict]) -> list[str]:
    """Safe fixes that changed behaviour and traps that got a safe fix: the
    verdicts that must never happen."""
    changed = by(verdicts, lambda v: v.preserved and v.changed is not None)
    traps = by(verdicts, lambda v: v.preserved and v.role == TRAP and v.safe_fix)
    lines = ["## Safe fixes that changed behaviour", ""]
    if not changed:
        lines += [f"None, in {len(verdicts)} variants.", ""]
    for v in changed:
        lines += [f"### {v.case}: {' + '.join(v.variations)}", "", f"{v.changed}", ""]
        lines += ["```diff", (v.diff or "").rstrip(), "```", ""]
    lines += ["## Traps that got a safe fix", ""]
    lines += [f"- {v.case}: {' + '.join(v.variations)}" for v in traps] or ["None."]
    return [*lines, ""]


def misses_section(singles: Sequence[Verdict]) -> list[str]:
    lines = [
        "## What became of the positives not fixed (each variation alone)",
        "",
        "What k8s-lint made of the variants, with the reason it gave (names and "
        "line numbers left out), how often, and up to three of the cases.",
        "",
    ]
    for variation in VARIATIONS:
        missed = by(
            singles,
            lambda v, n=variation.name: (
                v.variations == (n,) and v.preserved and v.role == POSITIVE and not v.fixed_same
            ),
        )
        if not missed:
            continue
        lines += [f"### {variation.name}", ""]
        what = Counter(miss(v) for v in missed)
        for text, count in what.most_common():
            cases = sorted(v.case for v in missed if miss(v) == text)
            more = ", ..." if len(cases) > 3 else ""
            lines.append(f"- {count}: {text} ({', '.join(cases[:3])}{more})")
        lines.append("")
    return lines


# Where each variation is shown at work: the first of these it applies to.
EXAMPLES = ("namespaced/any", "namespaced/loop_job_none", "namespaced/dict_by_name_get")


def example(name: str) -> list[str]:
    """A variation's diff on the first example case it applies to."""
    by_name = {case.name: case for case in CASES}
    for case_name in EXAMPLES:
        prepared = subject(by_name[case_name])
        made = dict(variants(prepared, [(name,)])) if prepared else {}
        if (name,) in made:
            assert prepared is not None
            before = prepared.files
            after = made[name,]
            diff = "".join(
                line
                for file in after
                for line in difflib.unified_diff(
                    before.get(file, "").splitlines(keepends=True),
                    after[file].splitlines(keepends=True),
                    f"a/{file}" if file in before else "/dev/null",
                    f"b/{file}",
                    n=1,
                )
            )
            return [f"On {case_name}:", "", "```diff", diff.rstrip(), "```", ""]
    return []


def variations_section() -> list[str]:
    lines = ["## The variations", ""]
    for v in VARIATIONS:
        lines += [f"### {v.name}", "", f"{v.description}.", "", *example(v.name)]
    return lines


def report(cases: Sequence[Case], verdicts: Sequence[Verdict], seconds: float) -> str:
    singles = by(verdicts, lambda v: len(v.variations) == 1)
    pairs = by(verdicts, lambda v: len(v.variations) == 2)
    used = [c for c in cases if subject(c) is not None]
    positives = sum(role(c) == POSITIVE for c in used)
    intro = [
        "# Metamorphic variants of the corpus",
        "",
        f"Generated by `benchmarks/metamorphic.py` in {seconds / 60:.1f} minutes: "
        f"{positives} positives and {len(used) - positives} traps of tests/corpus/ "
        f"(known misses left out; {len(cases) - len(used)} cases skipped: traps by "
        "`# noqa`, no list call, no `lookup` that runs the same twice), each "
        f"variation alone{' and in pairs' if pairs else ' (pairs not run: --singles)'}.",
        "",
        "A variant is kept when its `lookup` behaves as the original's in every "
        "cluster state (else *discarded*: the variation did not keep behaviour for "
        "that case). *Flagged*: at least as many findings as the label has. "
        "*Fixed as labelled*: the findings' statuses are the label's (a safe fix "
        "stays safe, an unsafe one unsafe, in order). *Fixed, same behaviour*: that, "
        "and the safe fix behaves as the variant in every state (unsafe fixes are "
        "not run, as in the corpus test). Percentages are of the positives kept. "
        "*Traps fixed*: traps whose variant got a safe fix.",
        "",
    ]
    return "\n".join(
        intro
        + singles_section(singles)
        + pairs_section(singles, pairs)
        + alarms_section(verdicts)
        + misses_section(singles)
        + variations_section()
    )


def summary(verdicts: Sequence[Verdict]) -> str:
    r = row("all", verdicts)
    return (
        f"{r.made} variants, {r.discarded} discarded; positives {r.positives}: "
        f"flagged {percent(r.flagged, r.positives)}, fixed as labelled "
        f"{percent(r.labelled, r.positives)}, fixed with the same behaviour "
        f"{percent(r.fixed_same, r.positives)}; safe fixes that changed behaviour: "
        f"{r.changed}; traps {r.traps}, fixed: {r.traps_fixed}; errors: {r.errors}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--cases", help="comma-separated case ids (default: all)")
    parser.add_argument("--singles", action="store_true", help="no pairs")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "metamorphic.md")
    parser.add_argument("--json", type=Path, help="also write every verdict here (JSON lines)")
    args = parser.parse_args(argv)
    wanted = set(args.cases.split(",")) if args.cases else None
    cases = [c for c in CASES if wanted is None or c.id in wanted]
    cases = [c for c in cases if not c.known_miss]
    combos = combinations(pairs=not args.singles)
    start = time.monotonic()
    with multiprocessing.Pool(args.jobs) as pool:
        found = pool.imap_unordered(case_verdicts, [(c, combos) for c in cases])
        verdicts = sorted(v for per_case in found for v in per_case)
    seconds = time.monotonic() - start
    with quiet():
        text = report(cases, verdicts, seconds)
    args.out.write_text(text + "\n")
    if args.json:
        with args.json.open("w") as out:
            for v in verdicts:
                out.write(json.dumps(v._asdict()) + "\n")
    print(summary(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
