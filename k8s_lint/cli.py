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
from .rules import RULES
from .source import SourceError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "rule":
        return _rule(args, parser)
    run = _Run(out=sys.stdout, err=sys.stderr)
    if args.command == "check":
        return run.check(args.paths, exit_zero=args.exit_zero)
    return run.fix(args.paths, diff=args.diff)


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
    fix = commands.add_parser("fix", help="rewrite findings in place")
    fix.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    fix.add_argument("--diff", action="store_true", help="print a unified diff and write nothing")
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
    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self.failed = 0

    def _files(self, paths: list[Path]) -> list[Path]:
        missing = [p for p in paths if not p.exists()]
        for path in missing:
            self._error(path, "no such file or directory")
        return list(python_files(p for p in paths if p not in missing))

    def _error(self, path: Path, reason: str) -> None:
        self.failed += 1
        print(f"error: {path}: {reason}", file=self.err)

    def check(self, paths: list[Path], exit_zero: bool) -> int:
        findings: list[tuple[Path, Finding]] = []
        for path in self._files(paths):
            try:
                text, _ = read_source(path)
                findings.extend((path, f) for f in lint_text(text, str(path)))
            except SourceError as error:
                self._error(path, str(error))
        self._report(findings)
        fixable = sum(1 for _, f in findings if f.fix is not None)
        if findings:
            print(f"Found {_plural(len(findings), 'finding')}.", file=self.out)
            if fixable:
                print(f"[*] {fixable} fixable with `k8s-lint fix`.", file=self.out)
        if self.failed:
            return EXIT_ERROR
        return EXIT_FINDINGS if findings and not exit_zero else EXIT_CLEAN

    def fix(self, paths: list[Path], diff: bool) -> int:
        changed = 0
        fixed: list[Finding] = []
        remaining: list[tuple[Path, Finding]] = []
        for path in self._files(paths):
            try:
                text, encoding = read_source(path)
                result = fix_text(text, str(path))
            except SourceError as error:
                self._error(path, str(error))
                continue
            remaining.extend((path, f) for f in result.remaining)
            if not result.changed:
                continue
            changed += 1
            fixed.extend(result.fixed)
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
        self._report(remaining)
        verb = "Would fix" if diff else "Fixed"
        print(
            f"{verb} {_plural(len(fixed), 'finding')} in {_plural(changed, 'file')}; "
            f"{len(remaining)} remaining.",
            file=self.err,
        )
        needs_get = sorted({r for f in fixed for r in f.rbac})
        if needs_get:
            print(
                "RBAC: the fixed code reads by name, so its service accounts need the "
                f"`get` verb where `list` used to be enough, on: {', '.join(needs_get)}",
                file=self.err,
            )
        if self.failed:
            return EXIT_ERROR
        return EXIT_FINDINGS if remaining or (diff and changed) else EXIT_CLEAN

    def _report(self, findings: list[tuple[Path, Finding]]) -> None:
        for path, f in sorted(findings, key=lambda pf: (str(pf[0]), pf[1].line, pf[1].column)):
            print(f"{path}:{f.line}:{f.column + 1}: {f.rule.code} {f.message}", file=self.out)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
