"""Measure the analysis on the held-out set (tests/heldout/, see its README).

For each lookup: is it flagged (any finding), and is it fixed by a safe fix
whose code behaves as the original in every cluster state of the corpus
harness and no longer lists the whole namespace.  For each trap: did it get
a safe fix, and did that fix change behaviour.  Nothing here is tuned to the
set: it only counts.

    python scripts/measure_heldout.py            # summary
    python scripts/measure_heldout.py --cases    # one line per case
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_format import FIXED_SUFFIX, Case, load_case  # noqa: E402
from fake_api import NAMESPACE, STATES, TARGET  # noqa: E402
from fake_api import same_outcome as _same_outcome  # noqa: E402
from test_corpus import load, plain_lists  # noqa: E402

from k8s_lint.engine import fix_text, lint_text  # noqa: E402

HELDOUT = ROOT / "tests" / "heldout"


def behaves_the_same(before: str, after: str) -> tuple[bool, bool]:
    """(same outcome in every state, no plain list left in any state)."""
    narrowed = True
    for state in STATES:
        try:
            api = _same_outcome(load(before), load(after), state, NAMESPACE, TARGET)
        except AssertionError:
            return False, False
        narrowed = narrowed and plain_lists(api) == 0
    return True, narrowed


def verdict(case: Case) -> str:
    findings = lint_text(case.source)
    fixed = fix_text(case.source, unsafe=False)
    if case.expect:  # a lookup
        if not findings:
            return "missed"
        if not fixed.changed:
            reasons = "; ".join(f.reason or (f.fix.caveat if f.fix else "") or "" for f in findings)
            return f"flagged, not fixed ({reasons})"
        same, narrowed = behaves_the_same(case.source, fixed.text)
        if not same:
            return "FIX CHANGED BEHAVIOUR"
        return "fixed" if narrowed else "fixed, but a plain list is left"
    if not fixed.changed:
        return "trap kept" if not findings else "trap flagged, not fixed"
    same, _ = behaves_the_same(case.source, fixed.text)
    return "TRAP FIXED (behaviour kept)" if same else "TRAP FIXED, BEHAVIOUR CHANGED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", action="store_true", help="one line per case")
    args = parser.parse_args()
    cases = [
        load_case(p) for p in sorted(HELDOUT.glob("*.py")) if not p.name.endswith(FIXED_SUFFIX)
    ]
    verdicts = {case.id: verdict(case) for case in cases}
    lookups = [c for c in cases if c.expect]
    traps = [c for c in cases if not c.expect]
    flagged = sum(verdicts[c.id] != "missed" for c in lookups)
    fixed = sum(verdicts[c.id] == "fixed" for c in lookups)
    broken = sum("CHANGED" in verdicts[c.id] for c in cases)
    traps_fixed = sum(verdicts[c.id].startswith("TRAP FIXED") for c in traps)
    if args.cases:
        for case in cases:
            print(f"{'lookup' if case.expect else 'trap  '}  {case.id}: {verdicts[case.id]}")
    print(
        f"held-out: {len(lookups)} lookups, {len(traps)} traps; "
        f"flagged {flagged}/{len(lookups)} ({100 * flagged / len(lookups):.0f}%), "
        f"fixed with behaviour kept {fixed}/{len(lookups)} ({100 * fixed / len(lookups):.0f}%), "
        f"traps fixed {traps_fixed}/{len(traps)}, fixes that changed behaviour {broken}"
    )


if __name__ == "__main__":
    main()
