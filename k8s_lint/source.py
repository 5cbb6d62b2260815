"""A decoded Python file: text, positions, comments and ``# noqa`` lines."""

from __future__ import annotations

import ast
import codecs
import io
import re
import tokenize
from dataclasses import dataclass
from functools import cached_property

# Python's tokenizer ends lines only at \r\n, \r and \n; str.splitlines() also
# splits at \f, \v, \x1c.. and \u2028, which would shift every line number.
_LINE_END = re.compile(r"\r\n|\r|\n")
# flake8's: codes are letters then digits (KUB001, E501), and the directive
# may follow another comment in the same comment token.
NOQA = re.compile(
    r"#\s*noqa(?::[\s]?(?P<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?", re.IGNORECASE
)


class SourceError(Exception):
    """A file that cannot be decoded or parsed; the message says why."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes as Python does: BOM, then coding cookie, then UTF-8.

    Returns the text and the codec to encode it back with (``utf-8-sig`` when
    the file had a BOM, so the BOM is kept).
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        codecs.lookup(encoding)
        return data.decode(encoding), encoding
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        raise SourceError(f"cannot decode: {error}") from None


@dataclass
class Source:
    text: str

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in _LINE_END.finditer(self.text))
        return starts

    @cached_property
    def newline(self) -> str:
        """The newline this file uses, for the lines a fix adds."""
        match = _LINE_END.search(self.text)
        return match.group() if match else "\n"

    def offset(self, line: int, byte_col: int) -> int:
        """Text offset of an ast position (1-based line, UTF-8 byte column)."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        row = self.text[start:end]
        if row.isascii():
            return start + byte_col
        return start + len(row.encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    def start(self, node: ast.AST) -> int:
        return self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def end(self, node: ast.AST) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]

    def segment(self, node: ast.AST) -> str:
        return self.text[self.start(node) : self.end(node)]

    def column(self, node: ast.AST) -> int:
        """0-based character column of a node's start."""
        return self.start(node) - self.line_starts[node.lineno - 1]  # type: ignore[attr-defined]

    def line_start(self, offset: int) -> int:
        return self.text.rfind("\n", 0, offset) + 1 if offset else 0

    def indent_at(self, offset: int) -> str:
        """The leading whitespace of the line holding ``offset``."""
        line = self.text[self.line_start(offset) : offset]
        return line[: len(line) - len(line.lstrip())]

    @cached_property
    def _tokens(self) -> list[tokenize.TokenInfo]:
        try:
            return list(tokenize.generate_tokens(io.StringIO(self.text).readline))
        except (tokenize.TokenError, SyntaxError):
            return []

    @cached_property
    def strings(self) -> list[tuple[int, int]]:
        """(start, end) offsets of the strings that span lines (tokenize
        counts columns in characters, as offsets into the text do)."""
        starts = self.line_starts
        return [
            (starts[t.start[0] - 1] + t.start[1], starts[t.end[0] - 1] + t.end[1])
            for t in self._tokens
            if t.type == tokenize.STRING and t.start[0] != t.end[0]
        ]

    @cached_property
    def comments(self) -> list[tuple[int, str]]:
        """Every comment as (text offset, comment text)."""
        return [
            (self.offset(t.start[0], len(t.line[: t.start[1]].encode("utf-8"))), t.string)
            for t in self._tokens
            if t.type == tokenize.COMMENT
        ]

    @cached_property
    def _noqa_by_line(self) -> dict[int, frozenset[str] | None]:
        """Line -> codes its ``# noqa`` suppresses (None: all), flake8-style.

        As in flake8, a ``# noqa`` anywhere in a multi-line logical line (one
        statement header, one bracketed expression) applies to all its lines.
        """
        result: dict[int, frozenset[str] | None] = {}
        first_line: int | None = None
        found: list[frozenset[str] | None] = []
        for token in self._tokens:
            if first_line is None and token.type not in (
                tokenize.NL,
                tokenize.COMMENT,
                tokenize.INDENT,
                tokenize.DEDENT,
            ):
                first_line = token.start[0]
            if token.type == tokenize.COMMENT:
                match = NOQA.search(token.string)
                if match:
                    codes = match.group("codes")
                    found.append(frozenset(re.split(r"[,\s]+", codes.upper())) if codes else None)
                    if first_line is None:
                        result[token.start[0]] = found.pop()
            if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER) and first_line:
                if found:
                    codes_union: frozenset[str] | None = frozenset()
                    for item in found:
                        codes_union = (
                            None if item is None or codes_union is None else codes_union | item
                        )
                    for line in range(first_line, token.end[0] + 1):
                        result[line] = codes_union
                first_line, found = None, []
        return result

    @cached_property
    def _mentions_noqa(self) -> bool:
        return "noqa" in self.text.lower()

    def suppressed(self, line: int, code: str) -> bool:
        if not self._mentions_noqa:
            return False
        if line not in self._noqa_by_line:
            return False
        codes = self._noqa_by_line[line]
        return codes is None or code in codes


def parse(text: str, filename: str = "<unknown>") -> ast.Module:
    """ast.parse, with every failure turned into a SourceError.  The last
    text's tree is kept: a run's first pass parses a file for its lookups
    and again for what it tells the other files (nothing mutates a tree)."""
    global _last
    if _last is not None and _last[0] is text and _last[1] == filename:
        return _last[2]
    try:
        tree = ast.parse(text, filename=filename)
    except SyntaxError as error:
        where = f"line {error.lineno}: " if error.lineno else ""
        raise SourceError(f"cannot parse: {where}{error.msg}") from None
    except (ValueError, RecursionError, MemoryError) as error:
        raise SourceError(f"cannot parse: {type(error).__name__}: {error}") from None
    _last = (text, filename, tree)
    return tree


_last: tuple[str, str, ast.Module] | None = None
