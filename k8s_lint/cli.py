"""The ``k8s-lint`` command: check, fix, rule and vendor-helper, with ruff's
conventions.

Exit codes: 0 clean; 1 findings remain (for ``fix --diff`` / ``--check``:
something would change, whatever is left to ``check``); 2 usage or
configuration error, or a file that could not be read, parsed or written (the
run goes on, but is incomplete).
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .analysis import Finding
from .config import DEFAULT_HELPER_MODULE, Config, ConfigError, load, unresolved_helper
from .engine import fix_text, lint_text
from .files import Excluder, python_files, read_source
from .project import Root, project_roots, source_root
from .rbac import (
    ManifestError,
    RbacFinding,
    Resource,
    Skipped,
    check_manifest,
    existing_reads,
    manifest_files,
    read_manifest,
    selection_problem,
)
from .report import FORMATS, STRUCTURED, WRITERS, FileReport, sarif
from .rules import RULES
from .run import Job, Mode, Outcome, default_jobs, run
from .source import SourceError, decode
from .stale_mocks import project_tests, stale_mocks

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# The modes that write, or show, fixed code.
_FIXING = (Mode.FIX, Mode.DIFF, Mode.DRY)


def command() -> None:
    """The ``k8s-lint`` program: ``main`` in a process of its own, whose
    garbage collector is tuned for one short run (not for ``main`` called
    in a process that goes on, as tests do)."""
    # What the imports made is kept for the whole run: frozen, the collector
    # no longer walks it, and forked workers don't copy the pages it would
    # touch.  Parsing allocates many objects, nearly all freed by reference
    # counting; collecting every 700 allocations cost about a tenth of a run.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    sys.exit(main())


def main(argv: Sequence[str] | None = None) -> int:
    _survive_closed_pipes()
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:  # files are written whole or not at all (files.write_file)
        print("k8s-lint: interrupted", file=sys.stderr)
        return 130


class _Reader(io.RawIOBase):
    """A standard stream whose output is dropped once its reader has gone.

    The exit code answers what the run found, so it must not depend on when
    a reader such as `head` closes the pipe: stopping at the first failed
    write would exit one way when the output fitted in the pipe's buffer and
    another when it did not.  The run goes on to its own verdict instead.
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd, self.gone = fd, False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:  # the progress bar draws on a terminal only
        return os.isatty(self.fd)

    def write(self, data: ReadableBuffer) -> int:
        size = memoryview(data).nbytes
        if not self.gone:
            try:
                return os.write(self.fd, data)
            except BrokenPipeError:
                self.gone = True
        return size


def _survive_closed_pipes() -> None:
    """Put stdout and stderr behind ``_Reader``, where they are the process's
    own streams (not a test's capture)."""
    for name, stream in (("stdout", sys.__stdout__), ("stderr", sys.__stderr__)):
        if stream is None or getattr(sys, name) is not stream:
            continue
        try:
            fd = stream.fileno()
        except (OSError, ValueError):
            continue
        stream.flush()
        wrapped = io.TextIOWrapper(
            io.BufferedWriter(_Reader(fd)),
            encoding=stream.encoding,
            errors=stream.errors,
            line_buffering=stream.line_buffering,
            write_through=name == "stderr",
        )
        setattr(sys, name, wrapped)


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "rule":
        return _rule(args)
    if args.command == "vendor-helper":
        return _vendor(args)
    try:
        config = _config(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    if args.output_file is not None and args.output_file.is_dir():
        # Found before the run, so that a fix run does not end in this error.
        print(f"error: {args.output_file}: is a directory, not a report file", file=sys.stderr)
        return EXIT_ERROR
    if args.command == "rbac":
        return _rbac(args, config)
    problem = selection_problem(config)
    if problem is not None:
        message, nothing_to_do = problem
        print(f"{'error' if nothing_to_do else 'warning'}: {message}", file=sys.stderr)
        if nothing_to_do:
            return EXIT_ERROR
    unsafe = args.unsafe_fixes or config.unsafe_fixes
    mode = _mode(args)
    if args.vendor_helper is not None:
        vendored = _vendor_first(args.vendor_helper, config, write=mode is Mode.FIX)
        if vendored is None:
            return EXIT_ERROR
        config = vendored
    elif mode in _FIXING and (unresolved := unresolved_helper(config)) is not None:
        print(f"error: {unresolved}", file=sys.stderr)  # before any file imports it
        return EXIT_ERROR
    if args.paths == [Path("-")]:
        if mode is Mode.NOQA:
            args.usage.error("--add-noqa rewrites files: it cannot read stdin")
        return _stdin(args, config, unsafe)
    return _Run(args, config, Job(mode, config, unsafe)).go()


def _mode(args: argparse.Namespace) -> Mode:
    """What a check or fix run does; usage errors for options that clash."""
    if args.command == "fix":
        mode = Mode.DRY if args.check else Mode.DIFF if args.diff else Mode.FIX
    elif args.add_noqa:
        if args.fix or args.diff or args.statistics:
            args.usage.error("--add-noqa goes with none of --fix, --diff, --statistics")
        mode = Mode.NOQA
    elif args.fix or args.diff:  # ruff's spelling: check --fix, check --diff
        mode = Mode.DIFF if args.diff else Mode.FIX
    else:
        mode = Mode.CHECK
    if mode is Mode.DIFF and args.output_format in STRUCTURED and args.output_file is None:
        args.usage.error(
            f"--diff prints the diff on stdout: write the {args.output_format} report "
            "with --output-file"
        )
    return mode


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="k8s-lint",
        description="Find and fix Kubernetes client code that lists every object "
        "to look up one by name.",
    )
    parser.add_argument("--version", action="version", version=f"k8s-lint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="report findings")
    fix = commands.add_parser("fix", help="rewrite findings in place")
    for command in (check, fix):
        command.set_defaults(usage=command)
        command.add_argument(
            "paths", nargs="*", type=Path, metavar="PATH", help="files or directories; - for stdin"
        )
        command.add_argument(
            "--output-format",
            choices=FORMATS,
            default="concise",
            help="how to print findings (for fix: those left)",
        )
        command.add_argument("--output-file", type=Path, help="write the report to this file")
        command.add_argument(
            "--unsafe-fixes",
            action="store_true",
            help="also apply (fix) or count (check) fixes that may change behaviour",
        )
        command.add_argument("--select", help="comma-separated codes or prefixes to report")
        command.add_argument("--ignore", help="comma-separated codes or prefixes to skip")
        command.add_argument(
            "--force-exclude",
            action="store_true",
            help="apply excludes and .gitignore to files named explicitly too",
        )
        command.add_argument(
            "--stdin-filename", type=Path, help="the path stdin stands for (config, messages)"
        )
        command.add_argument(
            "-j", "--jobs", type=int, default=default_jobs(), help="parallel processes"
        )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain")
    fix.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when findings remain (with --diff/--check: or would change)",
    )
    check.add_argument(
        "--statistics", action="store_true", help="count findings per code instead of listing"
    )
    check.set_defaults(vendor_helper=None)
    check.add_argument("--fix", action="store_true", help="as `k8s-lint fix`")
    check.add_argument("--diff", action="store_true", help="as `k8s-lint fix --diff`")
    check.add_argument(
        "--add-noqa",
        action="store_true",
        help="mark every finding with `# noqa: KUBxxx` (on its statement's first line)",
    )
    fix.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff, write nothing; exit 1 if anything would change, else 0 "
        "(findings left are check's business)",
    )
    fix.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if anything would change, else 0",
    )
    fix.add_argument(
        "--vendor-helper",
        type=Path,
        metavar="PATH",
        help="import the helpers from this module file of the project, writing the "
        "runtime helper there first if it is missing (instead of depending on k8s-lint "
        "at run time)",
    )
    _rbac_parser(commands)
    rule = commands.add_parser("rule", help="explain a rule")
    rule.set_defaults(usage=rule)
    rule.add_argument(
        "code", nargs="?", metavar="RULE", help="a rule code or name: KUB001, list-searched-by-name"
    )
    rule.add_argument("--all", action="store_true", help="explain every rule")
    rule.add_argument("--output-format", choices=("text", "json"), default="text")
    vendor = commands.add_parser(
        "vendor-helper", help="write the runtime helper into your code base"
    )
    vendor.add_argument("path", type=Path, help="the module file to write, e.g. myapp/k8s_read.py")
    vendor.add_argument(
        "--force", action="store_true", help="replace PATH even if it is not a vendored helper"
    )
    return parser


def _rbac_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rbac = commands.add_parser(
        "rbac",
        help="check RBAC manifests against the objects the code reads by name",
        description="Read the Python code and the Role/ClusterRole manifests under PATH, "
        "and report each role that grants list but not get on a resource the code "
        "reads by name (or will, once fixed).",
    )
    rbac.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or directories holding the code and the RBAC manifests (default: .)",
    )
    rbac.add_argument(
        "--output-format", choices=FORMATS, default="concise", help="how to print findings"
    )
    rbac.add_argument("--output-file", type=Path, help="write the report to this file")
    rbac.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    for option in ("select", "ignore", "stdin_filename"):
        rbac.set_defaults(**{option: None})


def _config(args: argparse.Namespace) -> Config:
    paths = args.paths or [Path(".")]
    start = args.stdin_filename or (Path.cwd() if paths == [Path("-")] else paths[0])
    config = load(Path(start))
    for option in ("select", "ignore"):
        value = getattr(args, option)
        if value is not None:
            codes = tuple(c.strip().upper() for c in value.split(",") if c.strip())
            unknown = [c for c in codes if not any(r.startswith(c) for r in RULES)]
            if unknown:
                raise ConfigError(f"--{option}: no rule matches {unknown[0]!r}")
            config = (
                replace(config, select=codes)
                if option == "select"
                else replace(config, ignore=codes)
            )
    return config


def _writer(output_format: str, roots: Sequence[Root]) -> Callable[[list[FileReport]], str]:
    """The report writer; SARIF's URIs relative to the run's source root."""
    if output_format == "sarif":
        return partial(sarif, root=source_root(roots))
    return WRITERS[output_format]


def _rbac(args: argparse.Namespace, config: Config) -> int:
    """``k8s-lint rbac``: manifests under the paths against the code's reads."""
    paths = args.paths or [Path(".")]
    roots = project_roots([p for p in paths if p.exists()])
    excluder = Excluder(config.root, config.exclude, [root.path for root in roots])
    reads: set[Resource] = set()
    errors: list[tuple[Path, str]] = []
    code_files = 0
    for path in python_files(paths, excluder):
        code_files += 1
        try:
            text, _ = read_source(path)
            findings = lint_text(text, str(path), config)
        except SourceError as error:
            errors.append((path, str(error)))
            continue
        reads |= {Resource.parse(r) for f in findings for r in f.rbac if " " not in r}
        reads |= existing_reads(text)
    reports, skipped = [], []
    for manifest in manifest_files(paths, excluder):
        try:
            content = read_manifest(manifest)
            if content is None:  # not a file that can hold a role
                continue
            verdicts = check_manifest(manifest, content, reads)
        except ManifestError as error:
            errors.append((manifest, f"cannot read RBAC manifest: {error}".replace("\n", " ")))
            continue
        if isinstance(verdicts, Skipped):
            skipped.append(verdicts)
        elif verdicts:
            reports.append(FileReport(manifest, content, [RbacFinding(v) for v in verdicts]))
    structured = args.output_format in STRUCTURED
    for path, reason in errors:
        if structured:
            reports.append(FileReport(path, "", [], reason))
        else:
            print(f"error: {path}: {reason}", file=sys.stderr)
    for skip in skipped:
        print(f"note: skipped {skip.path}: {skip.reason}", file=sys.stderr)
    written = _output(args.output_file, _writer(args.output_format, roots)(reports))
    if not code_files:
        print(
            "warning: no Python files here: rbac judges the roles against what the code "
            "reads by name, so name the code too (k8s-lint rbac src/ deploy/) or the "
            "project root",
            file=sys.stderr,
        )
    count = sum(len(r.findings) for r in reports)
    wanted = ", ".join(sorted(map(str, reads))) or "none"
    print(f"Reads by name: {wanted}. {_plural(count, 'RBAC finding')}.", file=sys.stderr)
    if errors or not written:
        return EXIT_ERROR
    return EXIT_FINDINGS if count and not args.exit_zero else EXIT_CLEAN


def _output(path: Path | None, text: str) -> bool:
    """Write a report to ``path`` (its folders created) or stdout; False,
    with one line on stderr, when the file cannot be written."""
    if path is None:
        sys.stdout.write(text)
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"error: {path}: cannot write the report: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def _rule(args: argparse.Namespace) -> int:
    """``k8s-lint rule CODE|NAME`` or ``--all``, as ``ruff rule``."""
    usage: argparse.ArgumentParser = args.usage
    if args.all:
        rules = list(RULES.values())
    elif args.code is None:
        usage.error("name a rule (a code such as KUB001, or its name), or pass --all")
    else:
        by_name = {rule.name: rule for rule in RULES.values()}
        rule = RULES.get(args.code.upper()) or by_name.get(args.code.lower())
        if rule is None:
            usage.error(f"unknown rule {args.code!r}; known: {', '.join(RULES)}")
        rules = [rule]
    if args.output_format == "json":
        print(json.dumps([r.as_json() for r in rules], indent=2))
    else:
        print("\n".join(r.docs() for r in rules), end="")
    return EXIT_CLEAN


def _vendor(args: argparse.Namespace) -> int:
    # Only this command and fix write helpers: imported here, not on start-up.
    from .files import NotWritten
    from .vendor import NotAHelper, Unsupported, line_length_note, vendor_helper

    try:
        vendor_helper(args.path, args.force)
    except (NotAHelper, Unsupported) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except NotWritten as error:
        print(f"error: {args.path}: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Wrote {args.path}; set helper-module in [tool.k8s-lint] to import it.", file=sys.stderr)
    if (note := line_length_note(args.path)) is not None:
        print(note, file=sys.stderr)
    return EXIT_CLEAN


def _vendor_first(path: Path, config: Config, write: bool) -> Config | None:
    """``fix --vendor-helper PATH``: the helper written to PATH unless it is
    there already (``write``: not for --diff/--check, which write nothing),
    and the run's fixes importing it; None, with one line, when it cannot be."""
    from .files import NotWritten
    from .vendor import line_length_note, module_name, vendor_helper

    module = module_name(path, config.root)
    problem = _vendor_problem(path, module, config)
    if module is None or problem is not None:
        print(f"error: --vendor-helper {path}: {problem}", file=sys.stderr)
        return None
    if write and not path.exists():
        try:
            vendor_helper(path)
        except NotWritten as error:
            print(f"error: {path}: {error}", file=sys.stderr)
            return None
        print(f"Wrote the runtime helper to {path}.", file=sys.stderr)
        if (note := line_length_note(path)) is not None:
            print(note, file=sys.stderr)
    if config.helper_module != module:
        print(
            f'note: fixes import from {module}; add helper-module = "{module}" to '
            "[tool.k8s-lint] in pyproject.toml so that later runs do too",
            file=sys.stderr,
        )
    return replace(config, helper_module=module)


def _vendor_problem(path: Path, module: str | None, config: Config) -> str | None:
    from .vendor import is_vendored, python_problem

    if module is None:
        return (
            f"not a .py module file under the project root ({config.root}) or its src/, "
            "so fixed code could not import it by name"
        )
    if config.helper_module not in (DEFAULT_HELPER_MODULE, module):
        return (
            f"that is module {module}, but {config.source} sets helper-module = "
            f"{config.helper_module!r}: use one of them"
        )
    if path.exists() and not is_vendored(path):
        return "exists and is not a vendored k8s-lint helper"
    if not path.parent.is_dir():
        return f"no folder {path.parent}"
    # Also when the helper is there already: the fixed code would import it.
    return python_problem(path)


def _stdin(args: argparse.Namespace, config: Config, unsafe: bool) -> int:
    """``-``: source on stdin; check reports, fix prints the fixed source."""
    name = str(args.stdin_filename or "-")
    # The file stdin stands for locates the project (for SARIF's URIs); the
    # current folder only where stdin stands for no file.
    roots = project_roots([args.stdin_filename or Path(".")])
    try:
        text, _ = decode(sys.stdin.buffer.read())
        within = tuple(r.path for r in roots if args.stdin_filename is not None)
        if args.command == "check":
            findings = lint_text(text, name, config, roots=within)
            report = [FileReport(Path(name), text, findings)]
            sys.stdout.write(_writer(args.output_format, roots)(report))
            if not findings:
                print(_all_passed(1), file=sys.stderr)
            return EXIT_FINDINGS if findings and not args.exit_zero else EXIT_CLEAN
        result = fix_text(text, name, unsafe, config, roots=within)
    except SourceError as error:
        print(f"error: {name}: {error}", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(result.text)
    remaining = [FileReport(Path(name), result.text, result.remaining)]
    sys.stderr.write(WRITERS["concise"](remaining))
    return EXIT_FINDINGS if result.remaining and not args.exit_zero else EXIT_CLEAN


class _Run:
    def __init__(self, args: argparse.Namespace, config: Config, job: Job) -> None:
        self.args, self.config, self.job = args, config, job
        self.outcomes: list[Outcome] = []
        self.errors: list[tuple[Path, str]] = []
        self.paths = list(dict.fromkeys(self.args.paths or [Path(".")]))
        # Where the scans beyond the named files look: see project.py.
        self.roots = project_roots([p for p in self.paths if p.exists()])
        self.excluder = Excluder(config.root, config.exclude, [r.path for r in self.roots])
        self.job = replace(job, roots=tuple(r.path for r in self.roots))

    def go(self) -> int:
        paths = self.paths
        for path in paths:
            if not path.exists():
                self.errors.append((path, "no such file or directory"))
        existing = [p for p in paths if p.exists()]
        files = list(python_files(existing, self.excluder, self.args.force_exclude))
        for outcome in run(self.job, files, max(1, self.args.jobs)):
            self.outcomes.append(outcome)
            if outcome.error:
                self.errors.append((outcome.path, outcome.error))
            for broken in outcome.broken:
                self.errors.append(
                    (
                        outcome.path,
                        f"internal error: the {broken.rule.code} fix on line {broken.line} "
                        "would not compile; left as it was (please report it)",
                    )
                )
            if outcome.diff:
                sys.stdout.flush()  # the diff is bytes, in the file's encoding
                sys.stdout.buffer.write(outcome.diff)
        if not self._errors_in_report:
            for path, reason in self.errors:
                print(f"error: {path}: {reason}", file=sys.stderr)
        written = self._report()
        if self.job.mode is Mode.NOQA:
            added = sum(o.noqa_added for o in self.outcomes)
            print(f"Added {_plural(added, 'noqa directive')}.", file=sys.stderr)
        elif self.job.mode is Mode.CHECK:
            self._summarise_check()
        else:
            self._summarise_fix()
        return self._exit_code() if written else EXIT_ERROR

    @property
    def _statistics(self) -> bool:
        return self.job.mode is Mode.CHECK and bool(self.args.statistics)

    @property
    def _errors_in_report(self) -> bool:
        """Whether the report carries the errors (else they go to stderr)."""
        if self.job.mode is Mode.NOQA or self._statistics:
            return False
        if self.job.mode is Mode.DIFF and self.args.output_file is None:
            return False  # stdout holds the diff, not the report
        return self.args.output_format in STRUCTURED

    @property
    def findings(self) -> list[Finding]:
        return [f for o in self.outcomes for f in o.findings]

    def _report(self) -> bool:
        """Findings (or statistics) to stdout or the output file; False when
        the file cannot be written.  ``--diff`` keeps stdout for the diff
        alone, as ruff does, and ``--add-noqa`` reports only a count."""
        if self.job.mode is Mode.NOQA:
            return True
        if self.job.mode is Mode.DIFF and self.args.output_file is None:
            return True
        if self._statistics:
            return _output(
                self.args.output_file,
                _statistics(self.findings, self.job.unsafe, self.args.output_format),
            )
        reports = [FileReport(o.path, o.text, o.findings) for o in self.outcomes if o.findings]
        reports.extend(FileReport(path, "", [], reason) for path, reason in self.errors)
        write = _writer(self.args.output_format, self.roots)
        return _output(self.args.output_file, write(reports))

    def _unsafe_note(self) -> str:
        hidden = sum(1 for f in self.findings if f.unsafe)
        return f" ({hidden} more with --unsafe-fixes)" if hidden and not self.job.unsafe else ""

    def _summarise_check(self) -> None:
        findings = self.findings
        if not findings:
            if not self.errors:
                print(_all_passed(len(self.outcomes)), file=sys.stderr)
            return
        fixable = sum(1 for f in findings if f.fix and (self.job.unsafe or not f.unsafe))
        lines = [f"Found {_plural(len(findings), 'finding')}."]
        if fixable or self._unsafe_note():
            option = " --unsafe-fixes" if self.job.unsafe else ""
            lines.append(f"[*] {fixable} fixable with `k8s-lint fix{option}`{self._unsafe_note()}.")
        print("\n".join(lines), file=sys.stderr)

    def _summarise_fix(self) -> None:
        from .vendor import undeclared

        fixed = [f for o in self.outcomes for f in o.fixed]
        changed = [o.path for o in self.outcomes if o.fixed]
        verb = "Fixed" if self.job.mode is Mode.FIX else "Would fix"
        print(
            f"Scanned {_plural(len(self.outcomes), 'file')}. {verb} "
            f"{_plural(len(fixed), 'finding')} in {_plural(len(changed), 'file')}; "
            f"{len(self.findings)} left{self._unsafe_note()}.",
            file=sys.stderr,
        )
        reasons = Counter(
            _why(f, unwritten=o.unwritten and (self.job.unsafe or not f.unsafe))
            for o in self.outcomes
            for f in o.findings
        )
        for reason, count in sorted(reasons.items(), key=lambda rc: (-rc[1], rc[0])):
            print(f"  {count:>4}  {reason}", file=sys.stderr)
        written = self.job.mode is Mode.FIX
        for project in undeclared(changed, self.config.helper_module, self.roots):
            print(project.advice(written), file=sys.stderr)
        self._stale_mocks(written)
        needs_get = sorted({r for f in fixed for r in f.rbac})
        if not needs_get:
            return
        print(
            "RBAC: the fixed code reads by name, so its service accounts need the "
            f"`get` verb where `list` used to be enough, on: {', '.join(needs_get)}",
            file=sys.stderr,
        )
        self._rbac_verdict({Resource.parse(r) for r in needs_get if " " not in r})

    def _stale_mocks(self, written: bool) -> None:
        """The tests that mock a list method the run replaced with a read: in
        the files of the run and the tests of its project roots.  On stderr,
        in every output format, as the RBAC verdict."""
        replaced = [r for o in self.outcomes for r in o.reads]
        if not replaced:
            return  # nothing to look for: no walk, no reading
        files = [o.path for o in self.outcomes]
        for root in self.roots:
            files += project_tests(root.spelt, self.excluder)
        mocks = stale_mocks(files, replaced)
        if not mocks:
            return
        print(
            f"warning: {_plural(len(mocks), 'mock')} of a list method this fix "
            f"{'replaced' if written else 'would replace'} with a read: they no longer "
            "intercept the fixed code, whose unpatched read sends a real request "
            "(docs/migration.md: Tests that mocked the list)",
            file=sys.stderr,
        )
        for mock in mocks:
            print(mock.message(written), file=sys.stderr)

    def _rbac_verdict(self, reads: set[Resource]) -> None:
        """The RBAC manifests under the project roots, against the new reads."""
        manifests, problems = 0, []
        for manifest in manifest_files([root.spelt for root in self.roots], self.excluder):
            try:
                text = read_manifest(manifest)
                if text is None:  # the cheap text test: no role in it
                    continue
                manifests += 1
                verdicts = check_manifest(manifest, text, reads)
            except ManifestError:
                continue  # `k8s-lint rbac` reports it
            if not isinstance(verdicts, Skipped):
                problems.extend(verdicts)
        if not manifests:
            print("RBAC: no role manifests found under the project root to check.", file=sys.stderr)
            return
        for verdict in problems:
            print(f"RBAC: {verdict.path}:{verdict.line}: {verdict.message}", file=sys.stderr)
        if not problems:
            found = _plural(manifests, "manifest")
            print(f"RBAC: no role in the {found} found lists without get.", file=sys.stderr)

    def _exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        if self.job.mode is Mode.NOQA or self.args.exit_zero:
            return EXIT_CLEAN
        if self.job.mode in (Mode.DIFF, Mode.DRY):
            # "Would anything change?"; the findings left are check's business.
            return EXIT_FINDINGS if any(o.fixed for o in self.outcomes) else EXIT_CLEAN
        return EXIT_FINDINGS if self.findings else EXIT_CLEAN


def _why(finding: Finding, unwritten: bool = False) -> str:
    """Why a finding is left after a fix run, as one clause; ``unwritten``:
    its fix was applied, but the file could not be written."""
    if unwritten and finding.fix is not None:
        return "not fixed: the file could not be written (see its error)"
    if finding.reason:
        return f"not fixed: {finding.reason}"
    if finding.fix is not None and not finding.unsafe:
        # A safe fix is left only when it was dropped: it would not compile.
        return "not fixed: the fix would not compile (an internal error, reported above)"
    caveat = finding.fix.caveat if finding.fix else None
    return f"unsafe fix left (--unsafe-fixes): {caveat}"


def _statistics(findings: list[Finding], unsafe: bool, output_format: str) -> str:
    """ruff-style: count, code, name, and how many of them fix can fix; as
    JSON (ruff's fields, and the fixable count) for the JSON formats."""
    counts = Counter(f.rule.code for f in findings)
    fixable = Counter(f.rule.code for f in findings if f.fix and (unsafe or not f.unsafe))
    rows = [
        {
            "code": code,
            "name": RULES[code].name,
            "count": counts[code],
            "fixable": fixable[code] > 0,
            "fixable_count": fixable[code],
        }
        for code in sorted(counts)
    ]
    if output_format == "json":
        return json.dumps(rows, indent=2) + "\n"
    if output_format == "json-lines":
        return "".join(json.dumps(row) + "\n" for row in rows)
    return "".join(
        f"{r['count']:>5}  {r['code']}  {r['name']} ({r['fixable_count']} fixable)\n" for r in rows
    )


def _all_passed(files: int) -> str:
    """ruff's words for a clean check, with what was looked at."""
    return f"All checks passed! ({_plural(files, 'file')} checked)"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
