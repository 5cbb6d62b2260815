"""Lint and fix one module's text: the single entry point every front end uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import Finding, analyze, might_match
from .fixes import Edit
from .imports import import_edit
from .source import Source, SourceError, parse

# Fixes can nest (a search inside another's arguments); each round applies
# the non-overlapping ones and re-analyses, as ruff does.
MAX_ROUNDS = 10


def lint_text(text: str, filename: str = "<unknown>") -> list[Finding]:
    """Unsuppressed findings; raises SourceError for text that doesn't parse."""
    if not might_match(text):
        return []
    source = Source(text)
    return _unsuppressed(source, analyze(source, parse(text, filename)))


def _unsuppressed(source: Source, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if not source.suppressed(f.line, f.rule.code)]


@dataclass
class FixResult:
    text: str
    fixed: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_text(text: str, filename: str = "<unknown>", unsafe: bool = False) -> FixResult:
    """Apply every safe fix (and unsafe ones with ``unsafe``); raises
    SourceError for text that doesn't parse."""
    result = FixResult(text)
    if not might_match(text):
        return result
    for _ in range(MAX_ROUNDS):
        source = Source(result.text)
        tree = parse(result.text, filename)
        findings = _unsuppressed(source, analyze(source, tree))
        chosen: list[Finding] = []
        edits: list[Edit] = []
        helpers: set[str] = set()
        for finding in findings:
            if finding.fix is None or (finding.unsafe and not unsafe):
                continue
            if any(_overlaps(e, other) for e in finding.fix.edits for other in edits):
                continue
            chosen.append(finding)
            edits.extend(finding.fix.edits)
            helpers |= finding.fix.helpers
        if not chosen:
            result.remaining = findings
            return result
        added_import = import_edit(source, tree, helpers)
        if added_import is not None:
            edits.append(added_import)
        new_text = _apply(result.text, edits)
        try:
            parse(new_text, filename)
        except SourceError as error:
            raise SourceError(f"internal error: the fix does not compile ({error})") from None
        result.text = new_text
        result.fixed.extend(chosen)
    result.remaining = lint_text(result.text, filename)
    return result


def _overlaps(a: Edit, b: Edit) -> bool:
    return a.start < b.end and b.start < a.end


def _apply(text: str, edits: list[Edit]) -> str:
    # Insertions sort before replacements that start at the same offset.
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text
