"""The ``k8s-lint`` command: check, fix and rule, with ruff's conventions.

Exit codes: 0 clean, 1 findings remain (or ``--diff`` would change files), 2
usage error or a file that could not be read or parsed.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .analysis import Finding
from .engine import fix_text, lint_text
from .files import python_files, read_source, write_atomically
from .report import FORMATS, WRITERS, FileReport
from .rules import RULES
from .source import SourceError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "rule":
        return _rule(args, parser)
    run = _Run(out=sys.stdout, err=sys.stderr, unsafe=args.unsafe_fixes)
    if args.command == "check":
        code = run.check(args.paths)
        run.write(args.output_format, args.output_file)
        run.summarise_check()
        return code if run.failed or not args.exit_zero else EXIT_CLEAN
    code = run.fix(args.paths, diff=args.diff)
    run.write(args.output_format, None)
    run.summarise_fix(diff=args.diff)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="k8s-lint",
        description="Find and fix Kubernetes client code that lists a whole "
        "namespace to look up one object by name.",
    )
    parser.add_argument("--version", action="version", version=f"k8s-lint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="report findings")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain")
    check.add_argument("--output-file", type=Path, help="write the findings to this file")
    fix = commands.add_parser("fix", help="rewrite findings in place")
    fix.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    fix.add_argument("--diff", action="store_true", help="print a unified diff and write nothing")
    for command in (check, fix):
        command.add_argument(
            "--output-format",
            choices=FORMATS,
            default="concise",
            help="how to print findings (those left, for fix)",
        )
        command.add_argument(
            "--unsafe-fixes",
            action="store_true",
            help="also apply (fix) or count (check) fixes that may change behaviour",
        )
    rule = commands.add_parser("rule", help="explain a rule")
    rule.add_argument("code", nargs="?", help="a rule code, e.g. KUB001")
    rule.add_argument("--all", action="store_true", help="explain every rule")
    return parser


def _rule(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.all:
        print("\n".join(rule.docs() for rule in RULES.values()), end="")
        return EXIT_CLEAN
    rule = RULES.get((args.code or "").upper())
    if rule is None:
        parser.error(f"unknown rule {args.code!r}; known: {', '.join(RULES)}")
    print(rule.docs(), end="")
    return EXIT_CLEAN


class _Run:
    def __init__(self, out: TextIO, err: TextIO, unsafe: bool) -> None:
        self.out, self.err, self.unsafe = out, err, unsafe
        self.failed = 0
        self.reports: list[FileReport] = []
        self.fixed: list[Finding] = []
        self.changed = 0

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.reports for f in r.findings]

    def _files(self, paths: list[Path]) -> list[Path]:
        missing = [p for p in paths if not p.exists()]
        for path in missing:
            self._error(path, "no such file or directory")
        return list(python_files(p for p in paths if p not in missing))

    def _error(self, path: Path, reason: str) -> None:
        self.failed += 1
        print(f"error: {path}: {reason}", file=self.err)

    def check(self, paths: list[Path]) -> int:
        for path in self._files(paths):
            try:
                text, _ = read_source(path)
                findings = lint_text(text, str(path))
            except SourceError as error:
                self._error(path, str(error))
                continue
            if findings:
                self.reports.append(FileReport(path, text, findings))
        if self.failed:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.findings else EXIT_CLEAN

    def fix(self, paths: list[Path], diff: bool) -> int:
        for path in self._files(paths):
            try:
                text, encoding = read_source(path)
                result = fix_text(text, str(path), unsafe=self.unsafe)
            except SourceError as error:
                self._error(path, str(error))
                continue
            for broken in result.broken:
                self._error(
                    path,
                    f"internal error: the {broken.rule.code} fix on line {broken.line} "
                    "would not compile; left as it was (please report it)",
                )
            if result.remaining:
                self.reports.append(FileReport(path, result.text, result.remaining))
            if not result.changed:
                continue
            self.changed += 1
            self.fixed.extend(result.fixed)
            if diff:
                self.out.writelines(
                    difflib.unified_diff(
                        text.splitlines(keepends=True),
                        result.text.splitlines(keepends=True),
                        fromfile=f"a/{path}",
                        tofile=f"b/{path}",
                    )
                )
            else:
                try:
                    write_atomically(path, result.text, encoding)
                except OSError as error:
                    self._error(path, f"cannot write: {error.strerror or error}")
        if self.failed:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.findings or (diff and self.changed) else EXIT_CLEAN

    def write(self, output_format: str, output_file: Path | None) -> None:
        text = WRITERS[output_format](self.reports)
        if output_file is None:
            self.out.write(text)
        else:
            output_file.write_text(text)

    def _unsafe_note(self) -> str:
        hidden = sum(1 for f in self.findings if f.unsafe)
        if hidden and not self.unsafe:
            return f" ({hidden} more with --unsafe-fixes)"
        return ""

    def summarise_check(self) -> None:
        findings = self.findings
        if not findings:
            return
        fixable = sum(1 for f in findings if f.fix and (self.unsafe or not f.unsafe))
        lines = [f"Found {_plural(len(findings), 'finding')}."]
        if fixable or self._unsafe_note():
            option = " --unsafe-fixes" if self.unsafe else ""
            lines.append(f"[*] {fixable} fixable with `k8s-lint fix{option}`{self._unsafe_note()}.")
        print("\n".join(lines), file=self.err)

    def summarise_fix(self, diff: bool) -> None:
        verb = "Would fix" if diff else "Fixed"
        print(
            f"{verb} {_plural(len(self.fixed), 'finding')} in {_plural(self.changed, 'file')}; "
            f"{len(self.findings)} remaining{self._unsafe_note()}.",
            file=self.err,
        )
        needs_get = sorted({r for f in self.fixed for r in f.rbac})
        if needs_get:
            print(
                "RBAC: the fixed code reads by name, so its service accounts need the "
                f"`get` verb where `list` used to be enough, on: {', '.join(needs_get)}",
                file=self.err,
            )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
