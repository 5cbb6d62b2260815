"""``check --add-noqa``: mark the findings left with ``# noqa: KUBxxx``, as
ruff's ``--add-noqa`` does, so a gate can be turned on today and the list
burnt down later.

A ``# noqa`` anywhere in a statement covers all its lines (see
``Source.suppressed``), so each statement gets one directive: merged into a
``# noqa: codes`` it already has, else appended to its first line that can
end in a comment (not one continued by a backslash or inside a string).
"""

from __future__ import annotations

import bisect
import io
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass, field

from .analysis import Finding
from .source import NOQA, Source, SourceError

_SKIPPED = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT)


@dataclass
class _Statement:
    first: int
    last: int = 0
    # Lines whose end is a token boundary, where a comment may go.
    open_ends: list[int] = field(default_factory=list)
    # Comments within the statement: (line, column, text).
    comments: list[tuple[int, int, str]] = field(default_factory=list)


def _statements(text: str) -> list[_Statement]:
    """The logical lines, as ``Source.suppressed`` groups them."""
    statements: list[_Statement] = []
    current: _Statement | None = None
    ends: list[int] = []
    comments: list[tuple[int, int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if current is None and token.type not in _SKIPPED and token.type != tokenize.ENDMARKER:
            current = _Statement(token.start[0])
        if token.type == tokenize.COMMENT:
            comments.append((token.start[0], token.start[1], token.string))
        if token.type in (tokenize.NL, tokenize.NEWLINE):
            ends.append(token.start[0])
        if token.type == tokenize.NEWLINE and current is not None:
            current.last, current.open_ends = token.end[0], ends
            current.comments = [c for c in comments if c[0] >= current.first]
            statements.append(current)
            current, ends, comments = None, [], []
        elif current is None and token.type == tokenize.NL:
            ends, comments = [], []
    return statements


def _directive(source: Source, statement: _Statement, codes: set[str]) -> tuple[int, int, str]:
    """The edit (start, end, text) that adds ``codes`` to the statement."""
    for line, column, comment in statement.comments:
        match = NOQA.search(comment)
        if match and match.group("codes"):
            listed = {c.upper() for c in match.group("codes").replace(",", " ").split()}
            offset = source.line_starts[line - 1] + column + match.end("codes")
            return offset, offset, "".join(f", {c}" for c in sorted(codes - listed))
    line = min(end for end in statement.open_ends if end >= statement.first)
    start = source.line_starts[line - 1]
    end = source.line_starts[line] if line < len(source.line_starts) else len(source.text)
    row = source.text[start:end].rstrip("\r\n")
    content = len(row.rstrip(" \t"))
    return start + content, start + len(row), f"  # noqa: {', '.join(sorted(codes))}"


def add_noqa(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """``text`` with a directive for each finding's statement, and how many
    statements got one (or had their codes extended)."""
    try:
        statements = _statements(text)
    except (tokenize.TokenError, SyntaxError) as error:
        raise SourceError(f"cannot add noqa: {error}") from None
    firsts = [s.first for s in statements]
    wanted: dict[int, set[str]] = {}
    for finding in findings:
        index = bisect.bisect_right(firsts, finding.line) - 1
        wanted.setdefault(index, set()).add(finding.rule.code)
    source = Source(text)
    edits = sorted(
        (_directive(source, statements[index], codes) for index, codes in wanted.items()),
        reverse=True,
    )
    for start, end, insert in edits:
        text = text[:start] + insert + text[end:]
    return text, len(edits)
