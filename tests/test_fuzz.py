"""Fuzzing for crashes: mutated fixtures and real library sources.

Whatever the input, lint and fix either work or raise SourceError (a file
that can't be parsed, reported by the CLI), and a fix's output compiles.
The `kubernetes` package's own sources, which define and call list methods
of their own, give no finding at all.
"""

from __future__ import annotations

import random
from pathlib import Path

import kubernetes
import pytest
from corpus_cases import FIXED, UNFIXED

from k8s_lint.engine import fix_text, lint_text
from k8s_lint.source import SourceError

SEEDS = [c.before for c in FIXED] + [c.code for c in UNFIXED]
TOKENS = [
    "(",
    ")",
    ":",
    "#",
    '"',
    "'",
    "\\",
    "\n",
    "    ",
    "\t",
    "[",
    "]",
    "=",
    ".",
    "yield",
    "await",
]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        operation = rng.randrange(5)
        index = rng.randrange(len(lines))
        if operation == 0:
            del lines[index]
        elif operation == 1:
            lines.insert(index, lines[rng.randrange(len(lines))])
        elif operation == 2:
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        elif operation == 3:
            line = lines[index]
            at = rng.randrange(len(line) + 1)
            lines[index] = line[:at] + rng.choice(TOKENS) + line[at:]
        else:
            lines[index] = lines[index].lstrip(" ")
    return "".join(lines)


def check(text: str) -> None:
    try:
        lint_text(text)
        result = fix_text(text)
    except SourceError:
        return
    try:  # ast.parse accepts some code compile() rejects ('return' at module level)
        compile(text, "<input>", "exec")
    except SyntaxError:
        return
    compile(result.text, "<fixed>", "exec")


@pytest.mark.parametrize("seed", range(8))
def test_mutated_fixtures_never_crash(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(60):
        check(mutate(rng.choice(SEEDS), rng))


def test_the_kubernetes_package_itself_has_no_finding() -> None:
    root = Path(kubernetes.__file__).parent
    files = sorted(root.glob("client/api/*.py")) + sorted(root.glob("dynamic/*.py"))
    assert len(files) > 50
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert lint_text(text, str(path)) == [], path
        check(text)
