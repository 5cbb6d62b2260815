"""What linting costs: flake8 with and without the plugin, `k8s-lint check`
against the floors (grep, reading + ast.parse) and against ruff, and `fix`
against libcst's codemod runner.

    python benchmarks/lint_cost.py [DIR] [--files 5000] [--client-fraction 0.02]
        [--repeat 3] [--flake8-repeat 3] [--codemod-files 0]

Without DIR a corpus is generated (benchmarks/corpus.py).  Each command runs
--repeat times (flake8 with and without the plugin --flake8-repeat times,
alternating, so drift in the machine's speed hits both alike); the median
wall time is reported, with ratios.  fix and libcst's codemod runner work on
a copy of the tree (its first --codemod-files files; 0: all of them).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
# -P: a tree holding copies of installed packages (site-packages) must not
# shadow the tools' own imports from the working directory.
MODULE = [PYTHON, "-P", "-m"]
AST_FLOOR = (
    "import ast, pathlib, sys\n"
    "for p in pathlib.Path(sys.argv[1]).rglob('*.py'):\n"
    "    try:\n"
    "        ast.parse(p.read_bytes())\n"
    "    except (SyntaxError, ValueError, RecursionError):\n"
    "        pass\n"
)
# Files per-file costs are averaged over (libcst takes ~30 ms a file).
PER_FILE_SAMPLE = 500


def once(command: list[str], cwd: Path | None = None) -> float:
    """Wall seconds of one run; a run that fails (exit code over 1: 1 is
    "found something") stops the benchmark instead of timing an error."""
    start = time.perf_counter()
    result = subprocess.run(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode > 1:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return elapsed


def timed(command: list[str], repeat: int, cwd: Path | None = None) -> float:
    return statistics.median(once(command, cwd) for _ in range(repeat))


def alternating(a: list[str], b: list[str], repeat: int) -> tuple[float, float]:
    """Medians of a and b, run a, b, a, b, ...: a slow spell hits both."""
    times = [(once(a), once(b)) for _ in range(repeat)]
    return statistics.median(t for t, _ in times), statistics.median(t for _, t in times)


def plugin_work(tree: Path) -> float:
    """Seconds the flake8 plugin itself spends on every file of the tree, given
    the parsed trees flake8 hands it: its overhead, free of flake8's noise."""
    from k8s_lint.flake8_plugin import Plugin

    inputs = []
    for path in sorted(tree.rglob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            inputs.append((ast.parse(text), text.splitlines(keepends=True)))
        except (SyntaxError, ValueError, RecursionError):
            continue
    start = time.perf_counter()
    for parsed, lines in inputs:
        list(Plugin(parsed, lines).run())
    return time.perf_counter() - start


def per_file(tree: Path) -> tuple[float, float]:
    """Mean seconds per file, in-process: k8s-lint's fix, and libcst's own
    parse + code generation (the floor of any libcst codemod)."""
    import libcst

    from k8s_lint.engine import fix_text

    texts = []
    for path in sorted(tree.rglob("*.py"))[:PER_FILE_SAMPLE]:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:  # a file either parser rejects is no sample
            ast.parse(text)
            libcst.parse_module(text)
        except (SyntaxError, ValueError, RecursionError, libcst.ParserSyntaxError):
            continue
        texts.append(text)
    start = time.perf_counter()
    for text in texts:
        fix_text(text)
    fix = (time.perf_counter() - start) / len(texts)
    start = time.perf_counter()
    for text in texts:
        libcst.parse_module(text).code  # noqa: B018 (the code generation is the point)
    return fix, (time.perf_counter() - start) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, nargs="?")
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--client-fraction", type=float, default=0.02)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--flake8-repeat", type=int)
    parser.add_argument("--codemod-files", type=int, default=0)
    parser.add_argument("--skip-flake8", action="store_true", help="for trees flake8 is slow on")
    parser.add_argument(
        "--per-file",
        action="store_true",
        help="also time fix and libcst's parse + codegen per file, in-process",
    )
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="k8s-lint-bench-"))
    try:
        tree = args.dir
        if tree is None:
            tree = scratch / "corpus"
            subprocess.run(
                [PYTHON, str(HERE / "corpus.py"), str(tree), "--files", str(args.files),
                 "--client-fraction", str(args.client_fraction)],
                check=True,
            )  # fmt: skip
        files = sum(1 for _ in tree.rglob("*.py"))
        r = args.repeat
        work = plugin_work(tree)
        rows = {}
        if not args.skip_flake8:
            (
                rows["flake8 (with the KUB plugin)"],
                rows["flake8 (plugin's work removed)"],
            ) = alternating(
                [*MODULE, "flake8", str(tree)],
                [PYTHON, str(HERE / "flake8_without_plugin.py"), str(tree)],
                args.flake8_repeat or r,
            )
        rows |= {
            "k8s-lint check": timed([*MODULE, "k8s_lint", "check", str(tree)], r),
            "k8s-lint check -j 1": timed([*MODULE, "k8s_lint", "check", "-j", "1", str(tree)], r),
            "grep -rl list_": timed(["grep", "-rl", "list_", str(tree)], r),
            "read + ast.parse every file": timed([PYTHON, "-c", AST_FLOOR, str(tree)], r),
            "ruff check (default rules)": timed(
                [*MODULE, "ruff", "check", "--no-cache", "--exit-zero", str(tree)], r
            ),
        }
        # fix versus libcst's codemod runner, on a copy: both may write.
        subset = scratch / "subset"
        chosen = sorted(tree.rglob("*.py"))
        chosen = chosen[: args.codemod_files] if args.codemod_files else chosen
        for path in chosen:
            copy = subset / path.relative_to(tree)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, copy)
        shutil.copy(HERE.parent / ".libcst.codemod.yaml", subset)
        if args.per_file:
            fix_per_file, libcst_per_file = per_file(subset)
        fix = timed([*MODULE, "k8s_lint", "fix", "--diff", "."], r, cwd=subset)
        start = time.perf_counter()
        codemod_run = subprocess.run(
            [*MODULE, "libcst.tool", "codemod", "--no-format",
             "read_by_name.ReadByNameCommand", "."],
            cwd=subset, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        codemod = time.perf_counter() - start
        # libcst's own summary: how many files it transformed, skipped, failed.
        summary = [
            line.strip(" -.") for line in codemod_run.stderr.splitlines() if line.startswith(" - ")
        ]
        if not any("Transformed" in line for line in summary):
            sys.exit(f"libcst's codemod runner did not run:\n{codemod_run.stderr[-2000:]}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    check = rows["k8s-lint check"]
    flake8_runs = "" if args.skip_flake8 else f" ({args.flake8_repeat or r} for flake8)"
    where = tree if args.dir else "a generated corpus"
    print(f"{files} files in {where}; median of {r} runs{flake8_runs}")
    print("| command | seconds | vs k8s-lint check |")
    print("| --- | ---: | ---: |")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.2f} | {seconds / check:.2f}x |")
    if not args.skip_flake8:
        with_plugin = rows["flake8 (with the KUB plugin)"]
        without = rows["flake8 (plugin's work removed)"]
        print(f"\nflake8 plugin overhead: {(with_plugin - without) / without * 100:+.1f}%")
        print(
            f"flake8 plugin's own work, in-process: {work:.3f} s "
            f"= {work / without * 100:.2f}% of flake8's time"
        )
    else:
        print(f"\nflake8 plugin's own work, in-process: {work:.3f} s")
    print(f"parallel speed-up of check: {rows['k8s-lint check -j 1'] / check:.2f}x")
    print(f"k8s-lint check / ruff check: {check / rows['ruff check (default rules)']:.2f}")
    print(
        f"on {len(chosen)} files: k8s-lint fix --diff {fix:.2f} s, "
        f"libcst codemod {codemod:.2f} s (once: {'; '.join(summary).lower()}): "
        f"{codemod / fix:.1f}x faster"
    )
    if args.per_file:
        print(
            f"per file, in-process, over {min(len(chosen), PER_FILE_SAMPLE)} of them: "
            f"fix {fix_per_file * 1000:.2f} ms, libcst parse + codegen "
            f"{libcst_per_file * 1000:.2f} ms: {fix_per_file / libcst_per_file:.2f}x"
        )


if __name__ == "__main__":
    main()
