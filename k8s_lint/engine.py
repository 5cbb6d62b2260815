"""Lint and fix one module's text: the single entry point every front end uses."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from .analysis import Finding, analyze, might_match
from .config import Config
from .fixes import Edit, Fix
from .imports import import_edits
from .project_index import NO_VIEW, ProjectIndex
from .source import Source, SourceError, parse
from .stale_mock_rule import Suite, applies, stale_mocks

# Fixes can nest (a search inside another's arguments); each round applies
# the non-overlapping ones and re-analyses, as ruff does.
MAX_ROUNDS = 10
DEFAULT = Config()
NO_PROJECT = ProjectIndex()


class _Looks(NamedTuple):
    """What the cheap text tests leave to look for in a file."""

    lookups: bool
    test: Suite | None  # a test whose mocks KUB101 judges

    def __bool__(self) -> bool:
        return self.lookups or self.test is not None


def _looks(
    text: str, filename: str, config: Config, project: ProjectIndex, roots: Sequence[Path]
) -> _Looks:
    lookups = might_match(text) or project.mentioned(text)
    return _Looks(lookups, applies(text, filename, config, roots))


def lint_text(
    text: str,
    filename: str = "<unknown>",
    config: Config = DEFAULT,
    project: ProjectIndex = NO_PROJECT,
    roots: Sequence[Path] = (),
) -> list[Finding]:
    """Enabled, unsuppressed findings; raises SourceError for text that
    doesn't parse.  ``project``: the list-returning functions of the other
    files of the run, which this one may import; ``roots``: the run's
    project roots (absolute), inside which a test's code under test is
    looked for (KUB101).

    A finding's fix holds every edit that fixes it on its own, the helper
    import included, so that a consumer of the JSON report can apply it.
    """
    looks = _looks(text, filename, config, project, roots)
    if not looks:
        return []
    source = Source(text)
    tree = parse(text, filename)
    findings = _kept(source, _analyze(source, tree, config, filename, project, looks), config)
    imports: dict[tuple[object, ...], list[Edit]] = {}  # one per set of imports, not per finding
    return [_complete(f, source, tree, config, filename, imports) for f in findings]


def _analyze(
    source: Source,
    tree: ast.Module,
    config: Config,
    filename: str,
    project: ProjectIndex,
    looks: _Looks,
) -> list[Finding]:
    findings = []
    if looks.lookups:
        view = project.view(Path(filename), tree) if project else NO_VIEW
        findings = analyze(source, tree, config.helper_module, config.line_length, view)
    if looks.test is not None:
        findings += stale_mocks(source, tree, looks.test)
    return findings


def _import_edits(
    source: Source, tree: ast.Module, fixes: Sequence[Fix], config: Config, filename: str
) -> list[Edit]:
    """The imports ``fixes`` need: the helpers, and the other names they use."""
    helpers = {h for f in fixes for h in f.helpers}
    edits = import_edits(source, tree, helpers, config, filename)
    others: dict[str, set[str]] = {}
    for fix in fixes:
        for module, name in fix.imports:
            others.setdefault(module, set()).add(name)
    for module, names in sorted(others.items()):
        edits += import_edits(source, tree, names, replace(config, helper_module=module), filename)
    return edits


def _complete(
    finding: Finding,
    source: Source,
    tree: ast.Module,
    config: Config,
    filename: str,
    imports: dict[tuple[object, ...], list[Edit]],
) -> Finding:
    """The finding with the import its fix needs when applied alone
    (``imports``: the edits found so far, by what they import)."""
    if finding.fix is None:
        return finding
    key = (frozenset(finding.fix.helpers), finding.fix.imports)
    if key not in imports:
        imports[key] = _import_edits(source, tree, [finding.fix], config, filename)
    added = imports[key]
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
    roots: Sequence[Path] = (),
) -> FixResult:
    """Apply every safe fix (and unsafe ones with ``unsafe``); raises
    SourceError for text that doesn't parse.

    Each round applies the fixes that don't overlap and checks that the new
    text still parses; a fix that would break it is dropped (``broken``),
    never written, and the others go ahead.
    """
    result = FixResult(text)
    looks = _looks(text, filename, config, project, roots)
    if not looks:
        return result
    _fix_rounds(result, filename, unsafe, config, project, looks)
    result.remaining = lint_text(result.text, filename, config, project, roots)
    return result


def _fix_rounds(
    result: FixResult,
    filename: str,
    unsafe: bool,
    config: Config,
    project: ProjectIndex,
    looks: _Looks,
) -> None:
    for _ in range(MAX_ROUNDS):
        source = Source(result.text)
        tree = parse(result.text, filename)
        findings = _kept(source, _analyze(source, tree, config, filename, project, looks), config)
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
    fixes = [f.fix for f in findings if f.fix is not None]
    edits = [e for fix in fixes for e in fix.edits]
    edits.extend(_import_edits(source, tree, fixes, config, filename))
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
