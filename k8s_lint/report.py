"""Output formats for findings: concise, full, json, json-lines, github, sarif.

Columns are 1-based everywhere, as in ruff; output is sorted by path, line
and column.  The JSON schema (one object per finding) is documented in
docs/cli.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from . import __version__
from .fixes import Fix
from .rules import RULES, Rule
from .source import Source

FORMATS = ("concise", "full", "json", "json-lines", "github", "sarif")


class Diagnostic(Protocol):
    """What the writers print: a code finding, or an RBAC manifest verdict."""

    @property
    def rule(self) -> Rule: ...
    @property
    def message(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def fix(self) -> Fix | None: ...
    @property
    def fix_title(self) -> str: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def rbac(self) -> tuple[str, ...]: ...


@dataclass
class FileReport:
    """What a run found in one file; ``text`` is what the positions refer to."""

    path: Path
    text: str
    findings: Sequence[Diagnostic]
    # Why the file could not be checked (read, decoded, parsed, written).
    error: str | None = None


def _position(source: Source, offset: int) -> dict[str, int]:
    line = source.text.count("\n", 0, offset) + 1
    return {"row": line, "column": offset - source.line_start(offset) + 1}


def finding_json(report: FileReport, finding: Diagnostic, source: Source) -> dict[str, Any]:
    fix = finding.fix
    return {
        "code": finding.rule.code,
        "name": finding.rule.name,
        "message": finding.message,
        "filename": str(report.path),
        "location": {"row": finding.line, "column": finding.column + 1},
        "end_location": {"row": finding.end_line, "column": finding.end_column + 1},
        "fix": None
        if fix is None
        else {
            "applicability": fix.applicability.value,
            "message": finding.fix_title,
            "caveat": fix.caveat,
            "edits": [
                {
                    "content": edit.text,
                    "location": _position(source, edit.start),
                    "end_location": _position(source, edit.end),
                }
                for edit in fix.edits
            ],
            "rbac_get": list(finding.rbac),
        },
        "not_fixed": finding.reason,
    }


def _sorted(reports: Iterable[FileReport]) -> list[tuple[FileReport, Diagnostic]]:
    pairs = [(r, f) for r in reports for f in r.findings]
    return sorted(pairs, key=lambda rf: (str(rf[0].path), rf[1].line, rf[1].column))


def concise(reports: list[FileReport]) -> str:
    return "".join(
        f"{r.path}:{f.line}:{f.column + 1}: {f.rule.code} {f.message}\n"
        for r, f in _sorted(reports)
    )


def full(reports: list[FileReport]) -> str:
    out = []
    for report, f in _sorted(reports):
        line = _line(Source(report.text), f.line)
        gutter = " " * len(str(f.line))
        out.append(f"{report.path}:{f.line}:{f.column + 1}: {f.rule.code} {f.message}\n")
        out.append(f"{gutter} |\n{f.line} | {line}\n{gutter} | {' ' * f.column}^\n")
        if f.fix is not None:
            out.append(f"{gutter} = help: {f.fix_title} ({f.fix.applicability.value} fix)\n")
        out.append("\n")
    return "".join(out)


def _line(source: Source, number: int) -> str:
    """Line ``number`` as Python counts lines (not str.splitlines, which also
    breaks at form feeds)."""
    starts = source.line_starts
    end = starts[number] if number < len(starts) else len(source.text)
    return source.text[starts[number - 1] : end].rstrip("\r\n")


def _json_items(reports: list[FileReport]) -> list[dict[str, Any]]:
    """Diagnostics, then one item per file that could not be checked."""
    sources = {id(r): Source(r.text) for r in reports}
    items = [finding_json(r, f, sources[id(r)]) for r, f in _sorted(reports)]
    items.extend(
        {"code": None, "filename": str(r.path), "error": r.error}
        for r in sorted(reports, key=lambda r: str(r.path))
        if r.error
    )
    return items


def as_json(reports: list[FileReport]) -> str:
    return json.dumps(_json_items(reports), indent=2) + "\n"


def json_lines(reports: list[FileReport]) -> str:
    return "".join(json.dumps(item) + "\n" for item in _json_items(reports))


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def github(reports: list[FileReport]) -> str:
    out = []
    for r, f in _sorted(reports):
        properties = ",".join(
            f"{key}={_github_escape(str(value), True)}"
            for key, value in (
                ("title", f"k8s-lint ({f.rule.code})"),
                ("file", r.path),
                ("line", f.line),
                ("col", f.column + 1),
                ("endLine", f.end_line),
                ("endColumn", f.end_column + 1),
            )
        )
        out.append(f"::error {properties}::{_github_escape(f'{f.rule.code} {f.message}')}\n")
    for r in sorted(reports, key=lambda r: str(r.path)):
        if r.error:
            where = f"title=k8s-lint,file={_github_escape(str(r.path), True)}"
            out.append(f"::error {where}::{_github_escape(r.error)}\n")
    return "".join(out)


def sarif(reports: list[FileReport], root: Path | None = None) -> str:
    """SARIF 2.1.0 as GitHub code scanning reads it; URIs relative to ``root``
    (``%SRCROOT%``: the CLI passes the run's source root, see project.py),
    absolute without one."""
    root = root.resolve() if root is not None else None
    codes = list(RULES)
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.name.replace("-", " ")},
            "fullDescription": {"text": rule.what_it_does},
            "help": {"text": rule.docs(), "markdown": rule.docs()},
            "defaultConfiguration": {"level": "error"},
            "properties": {"fix": rule.applicability.value if rule.applicability else "none"},
        }
        for rule in RULES.values()
    ]
    results = []
    for report, f in _sorted(reports):
        location = {"artifactLocation": _artifact(report, root)}
        results.append(
            {
                "ruleId": f.rule.code,
                "ruleIndex": codes.index(f.rule.code),
                "level": "error",
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            **location,
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column + 1,
                                "endLine": f.end_line,
                                "endColumn": f.end_column + 1,
                            },
                        }
                    }
                ],
            }
        )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "k8s-lint",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                **(
                    {"originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}}}
                    if root is not None
                    else {}
                ),
                # Columns count characters (code points), not SARIF's default UTF-16 units.
                "columnKind": "unicodeCodePoints",
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not any(r.error for r in reports),
                        "toolExecutionNotifications": [
                            {
                                "level": "error",
                                "message": {"text": r.error},
                                "locations": [
                                    {"physicalLocation": {"artifactLocation": _artifact(r, root)}}
                                ],
                            }
                            for r in sorted(reports, key=lambda r: str(r.path))
                            if r.error
                        ],
                    }
                ],
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"


def _artifact(report: FileReport, root: Path | None) -> dict[str, str]:
    """A SARIF artifactLocation: relative to the root where possible."""
    path = report.path.resolve()
    if root is None or not path.is_relative_to(root):
        return {"uri": path.as_uri()}
    # A URI reference: spaces, '#' and '%' in a file name must be escaped.
    return {"uri": quote(path.relative_to(root).as_posix()), "uriBaseId": "%SRCROOT%"}


# Formats that carry errors themselves; the others leave them to stderr.
STRUCTURED = frozenset({"json", "json-lines", "github", "sarif"})

WRITERS: dict[str, Callable[[list[FileReport]], str]] = {
    "concise": concise,
    "full": full,
    "json": as_json,
    "json-lines": json_lines,
    "github": github,
    "sarif": sarif,
}
