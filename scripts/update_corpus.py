"""Rewrite the corpus's expected files from the current k8s-lint, or count a group.

python scripts/update_corpus.py            # rewrite <case>.fixed.py / <case>.unsafe.py
python scripts/update_corpus.py --stats    # the realistic group: flagged and fixed
python scripts/update_corpus.py --stats dataflow

The rewrite covers every case whose `expect:` lines say fixed or unsafe and
that has no `known-miss:` (those expected files are written by hand: they
say what the tool should do, not what it does). It prints each file it
created, changed or deleted: review them with `git diff tests/corpus`.

The statistics come from running the tool on the group, not from the
known-miss markers: how many findings the labels expect, how many of those
the tool reports at all, and how many it fixes as labelled (a safe fix for
`fixed`, an unsafe one for `unsafe`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from k8s_lint.analysis import Finding
from k8s_lint.engine import fix_text, lint_text

ROOT = Path(__file__).resolve().parent.parent
# The corpus format is read by the tests' own module, not a second copy.
sys.path.insert(0, str(ROOT / "tests"))
from corpus_format import (  # noqa: E402
    FIXED_SUFFIX,
    UNSAFE_SUFFIX,
    Case,
    Expect,
    expected_path,
    load,
)


def _write(path: Path, text: str | None) -> str | None:
    """Make ``path`` hold ``text`` (None: no file); what was done, if anything."""
    old = path.read_bytes().decode() if path.exists() else None
    if old == text:
        return None
    if text is None:
        path.unlink()
        return "deleted"
    # newline="": the text's own line endings, byte for byte.
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(text)
    return "created" if old is None else "changed"


def update() -> None:
    for case in load(strict=False):
        if case.known_miss is not None:
            continue
        for suffix, label in ((FIXED_SUFFIX, "fixed"), (UNSAFE_SUFFIX, "unsafe")):
            path = expected_path(case.path, suffix)
            text = None  # the labels want no such file
            if case.statuses(label):
                text = fix_text(case.source, unsafe=label == "unsafe").text
                if text == case.source:
                    print(f"warning: {case.name} says {label}, the tool changes nothing: "
                          f"{path.name} left as it is", file=sys.stderr)  # fmt: skip
                    continue
            done = _write(path, text)
            if done:
                print(f"{done}: {path.relative_to(ROOT)}")


def _status(finding: Finding) -> str:
    if finding.fix is None:
        return "not fixed"
    return "unsafe" if finding.unsafe else "fixed"


def _pair(case: Case) -> tuple[list[tuple[Expect, Finding | None]], int]:
    """Each expected finding with the tool's finding in the same place of
    source order, whatever its code (or None where the tool found fewer), and
    how many of the tool's findings no label expects."""
    found = lint_text(case.source)
    pairs = [(e, found[i] if i < len(found) else None) for i, e in enumerate(case.expect)]
    return pairs, max(0, len(found) - len(case.expect))


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({100 * part / whole:.0f}%)" if whole else f"{part} of 0"


def stats(group: str) -> None:
    cases = [c for c in load(strict=False) if c.group == group]
    if not cases:
        sys.exit(f"no cases in group {group!r}")
    pairs, unexpected = [], 0
    for case in cases:
        paired, extra = _pair(case)
        pairs += paired
        unexpected += extra
    flagged = [(e, f) for e, f in pairs if f is not None]
    to_fix = [(e, f) for e, f in pairs if e.status != "not fixed"]
    fixed = [(e, f) for e, f in to_fix if f is not None and _status(f) == e.status]
    labelled = [(e, f) for e, f in fixed if f.rule.code == e.code]  # type: ignore[union-attr]
    print(f"{group}: {len(cases)} cases, {len(pairs)} expected findings")
    print(f"  flagged:           {_share(len(flagged), len(pairs))}")
    print(f"  fixed, as safe or unsafe as labelled: {_share(len(fixed), len(to_fix))}")
    print(f"  fixed as labelled (the same rule too): {_share(len(labelled), len(to_fix))}")
    print(f"  findings no label expects: {unexpected}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stats",
        nargs="?",
        const="realistic",
        metavar="GROUP",
        help="count a group's expected, flagged and fixed findings (default: realistic)",
    )
    args = parser.parse_args()
    if args.stats:
        stats(args.stats)
    else:
        update()


if __name__ == "__main__":
    main()
