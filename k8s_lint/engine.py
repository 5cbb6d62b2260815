"""Lint and fix one module's text: the single entry point every front end uses."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from pathlib import Path

from .analysis import Finding, analyze, might_match
from .config import Config
from .fixes import Edit
from .imports import import_edits
from .project_index import NO_VIEW, ProjectIndex
from .source import Source, SourceError, parse

# Fixes can nest (a search inside another's arguments); each round applies
# the non-overlapping ones and re-analyses, as ruff does.
MAX_ROUNDS = 10
DEFAULT = Config()
NO_PROJECT = ProjectIndex()


def lint_text(
    text: str,
    filename: str = "<unknown>",
    config: Config = DEFAULT,
    project: ProjectIndex = NO_PROJECT,
) -> list[Finding]:
    """Enabled, unsuppressed findings; raises SourceError for text that
    doesn't parse.  ``project``: the list-returning functions of the other
    files of the run, which this one may import.

    A finding's fix holds every edit that fixes it on its own, the helper
    import included, so that a consumer of the JSON report can apply it.
    """
    if not (might_match(text) or project.mentioned(text)):
        return []
    source = Source(text)
    tree = parse(text, filename)
    findings = _kept(source, _analyze(source, tree, config, filename, project), config)
    imports: dict[frozenset[str], list[Edit]] = {}  # one per set of helpers, not per finding
    return [_complete(f, source, tree, config, filename, imports) for f in findings]


def _analyze(
    source: Source, tree: ast.Module, config: Config, filename: str, project: ProjectIndex
) -> list[Finding]:
    view = project.view(Path(filename), tree) if project else NO_VIEW
    return analyze(source, tree, config.helper_module, config.line_length, view)


def _complete(
    finding: Finding,
    source: Source,
    tree: ast.Module,
    config: Config,
    filename: str,
    imports: dict[frozenset[str], list[Edit]],
) -> Finding:
    """The finding with the import its fix needs when applied alone
    (``imports``: the edits found so far, by the helpers they import)."""
    if finding.fix is None:
        return finding
    helpers = frozenset(finding.fix.helpers)
    if helpers not in imports:
        imports[helpers] = import_edits(source, tree, helpers, config, filename)
    added = imports[helpers]
    if not added:
        return finding
    edits = tuple(sorted((*finding.fix.edits, *added), key=lambda e: (e.start, e.end)))
    return replace(finding, fix=replace(finding.fix, edits=edits))


def _kept(source: Source, findings: list[Finding], config: Config) -> list[Finding]:
    return [
        f
        for f in findings
        if config.enabled(f.rule.code) and not source.suppressed(f.line, f.rule.code)
    ]


@dataclass
class FixResult:
    text: str
    fixed: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)
    # Findings whose fix would not compile: an internal error, left as is.
    broken: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def fix_text(
    text: str,
    filename: str = "<unknown>",
    unsafe: bool = False,
    config: Config = DEFAULT,
    project: ProjectIndex = NO_PROJECT,
) -> FixResult:
    """Apply every safe fix (and unsafe ones with ``unsafe``); raises
    SourceError for text that doesn't parse.

    Each round applies the fixes that don't overlap and checks that the new
    text still parses; a fix that would break it is dropped (``broken``),
    never written, and the others go ahead.
    """
    result = FixResult(text)
    if not (might_match(text) or project.mentioned(text)):
        return result
    _fix_rounds(result, filename, unsafe, config, project)
    result.remaining = lint_text(result.text, filename, config, project)
    return result


def _fix_rounds(
    result: FixResult, filename: str, unsafe: bool, config: Config, project: ProjectIndex
) -> None:
    for _ in range(MAX_ROUNDS):
        source = Source(result.text)
        tree = parse(result.text, filename)
        findings = _kept(source, _analyze(source, tree, config, filename, project), config)
        chosen: list[Finding] = []
        for finding in findings:
            if finding.fix is None or (finding.unsafe and not unsafe):
                continue
            taken = [e for f in chosen for e in f.fix.edits]  # type: ignore[union-attr]
            if not any(_overlaps(e, other) for e in finding.fix.edits for other in taken):
                chosen.append(finding)
        if not chosen:
            break
        strict = _compiles(source.text)
        new_text = _compiling(source, tree, chosen, filename, config, strict)
        if new_text is None:  # together they break the code: find the culprits
            good = [f for f in chosen if _compiling(source, tree, [f], filename, config, strict)]
            result.broken.extend(f for f in chosen if f not in good)
            new_text = _compiling(source, tree, good, filename, config, strict) if good else None
            if new_text is not None:
                result.text = new_text
                result.fixed.extend(good)
            break  # the broken ones would come back every round
        result.text = new_text
        result.fixed.extend(chosen)


def _compiling(
    source: Source,
    tree: ast.Module,
    findings: list[Finding],
    filename: str,
    config: Config,
    strict: bool,
) -> str | None:
    """The text with these fixes (and the helper import) applied, if it still
    compiles (fully, when the original did: ``ast.parse`` alone lets through
    e.g. an ``await`` outside an async function)."""
    edits = [e for f in findings for e in f.fix.edits]  # type: ignore[union-attr]
    helpers = {h for f in findings for h in f.fix.helpers}  # type: ignore[union-attr]
    edits.extend(import_edits(source, tree, helpers, config, filename))
    new_text = _apply(source.text, edits)
    try:
        parse(new_text, filename)
        if strict:
            compile(new_text, filename, "exec", dont_inherit=True)
    except (SourceError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return new_text


def _compiles(text: str) -> bool:
    try:
        compile(text, "<original>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _overlaps(a: Edit, b: Edit) -> bool:
    return a.start < b.end and b.start < a.end


def _apply(text: str, edits: list[Edit]) -> str:
    # Insertions sort before replacements that start at the same offset.
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text
