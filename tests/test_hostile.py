"""Files real trees contain: the run reports each bad one once, leaves it
untouched, carries on, and says it was incomplete (exit 2); flake8 never aborts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from command import k8s_lint
from corpus_cases import fixed

LOOKUP = fixed("any")
FIXED_BODY = LOOKUP.after.split("\n\n\n", 1)[1]

# name -> (bytes, whether the file is bad)
HOSTILE: dict[str, tuple[bytes, bool]] = {
    "syntax_error.py": (b"def f(:\n    batch.list_namespaced_job(ns)\n", True),
    "python2.py": (b'print "hi"\nbatch.list_namespaced_job(ns)\n', True),
    "invalid_utf8.py": (b"x = '\xff\xfe'  # list_namespaced_job\n", True),
    "nul_byte.py": (b"x = 1\x00\nbatch.list_namespaced_job(ns)\n", True),
    "pep695.py": (
        b"def first[T](xs: list[T]) -> T:\n    return xs[0]\n" + LOOKUP.before.encode(),
        True,
    ),
    "fstring_nesting.py": (b'x = f"{f"{1}"}"\n' + LOOKUP.before.encode(), True),
    # Python itself cannot parse this one (RecursionError); the other is deep
    # but fine.
    "deep.py": (b"x = " + b"1 + " * 100_000 + b"1\nbatch.list_namespaced_job(ns)\n", True),
    "deep_ok.py": (b"x = " + b"1 + " * 1_000 + b"1\n" + LOOKUP.before.encode(), False),
    "empty.py": (b"", False),
    "latin1.py": (
        "# -*- coding: latin-1 -*-\n# café\n".encode("latin-1") + LOOKUP.before.encode(),
        False,
    ),
    "bom.py": (b"\xef\xbb\xbf" + LOOKUP.before.encode(), False),
    "crlf.py": (LOOKUP.before.replace("\n", "\r\n").encode(), False),
    "mixed_endings.py": (LOOKUP.before.replace("\n", "\r\n", 1).encode(), False),
    "tabs.py": (LOOKUP.before.replace("    ", "\t").encode(), False),
    "form_feed.py": (b"\x0c\n" + LOOKUP.before.encode(), False),
    "match.py": (
        b"def lookup(batch, namespace, name):\n    match name:\n        case str():\n"
        b"            return any(j.metadata.name == name"
        b" for j in batch.list_namespaced_job(namespace).items)\n",
        False,
    ),
    "notes.md": (b"# Notes\n\nbatch.list_namespaced_job(ns) is slow\n", True),
}
BAD = sorted(name for name, (_, bad) in HOSTILE.items() if bad)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, (data, _) in HOSTILE.items():
        (tmp_path / name).write_bytes(data)
    big = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(150_000))
    (tmp_path / "big.py").write_text(big + LOOKUP.before)
    assert (tmp_path / "big.py").stat().st_size > 5_000_000
    (tmp_path / "loop").mkdir()
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")  # a directory symlink loop
    os.symlink(tmp_path / "nowhere.py", tmp_path / "dangling.py")
    return tmp_path


def files_named(corpus: Path) -> list[str]:
    """Everything the run is given: the directory, plus the explicit non-.py file."""
    return [".", "notes.md"]


@pytest.mark.parametrize("command", ["check", "fix"])
def test_bad_files_are_reported_once_and_left_alone(corpus: Path, command: str) -> None:
    before = {p: p.read_bytes() for p in corpus.glob("*") if p.is_file() and not p.is_symlink()}
    result = k8s_lint(command, *files_named(corpus), cwd=corpus)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert sorted(line.split(":")[1].strip() for line in errors) == sorted([*BAD, "dangling.py"])
    for name in BAD:
        assert (corpus / name).read_bytes() == before[corpus / name]
    if command == "fix":
        for name in ("latin1.py", "bom.py", "crlf.py", "tabs.py", "big.py", "match.py"):
            assert b"read_namespaced_job" in (corpus / name).read_bytes(), name
        assert (corpus / "crlf.py").read_bytes().count(b"\r\n") == (
            corpus / "crlf.py"
        ).read_bytes().count(b"\n")
        assert (corpus / "bom.py").read_bytes().startswith(b"\xef\xbb\xbf")
        assert (
            (corpus / "latin1.py")
            .read_bytes()
            .startswith(b"# -*- coding: latin-1 -*-\n# caf\xe9\n")
        )
        again = k8s_lint("fix", *files_named(corpus), cwd=corpus)
        assert "Fixed 0 findings" in again.stderr, "fix twice is fix once"


@pytest.mark.parametrize("output_format", ["json", "json-lines", "github", "sarif"])
def test_bad_files_in_every_output_format(corpus: Path, output_format: str) -> None:
    (corpus / "big.py").unlink()  # slow, and no error to report
    result = k8s_lint("check", "--output-format", output_format, *files_named(corpus), cwd=corpus)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    for name in BAD:
        assert result.stdout.count(name) == 1, (name, output_format)
    if output_format == "sarif":
        invocation = json.loads(result.stdout)["runs"][0]["invocations"][0]
        assert invocation["executionSuccessful"] is False
        assert len(invocation["toolExecutionNotifications"]) == len(BAD) + 1


def test_flake8_never_aborts(corpus: Path) -> None:
    # Not ours to handle: flake8 itself crashes parsing deep.py, pyflakes
    # (which aborts the run) on deep_ok.py, and big.py takes minutes.
    for name in ("notes.md", "dangling.py", "deep.py", "deep_ok.py", "big.py"):
        (corpus / name).unlink()
    result = subprocess.run(
        [sys.executable, "-m", "flake8", "--select=KUB,E999", "."],
        capture_output=True,
        text=True,
        cwd=corpus,
        timeout=900,
    )
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "KUB001" in result.stdout and "E999" in result.stdout


def test_plugin_itself_never_raises_on_any_of_them(corpus: Path) -> None:
    """Where flake8 can hand the plugin a tree at all, the plugin returns."""
    import ast

    from k8s_lint.flake8_plugin import Plugin

    for path in sorted(corpus.glob("*.py")):
        if path.is_symlink():
            continue
        try:
            text = path.read_bytes().decode("utf-8-sig")
            tree = ast.parse(text)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError):
            continue
        findings = list(Plugin(tree, text.splitlines(keepends=True)).run())
        assert all(message.startswith("KUB") for _, _, message, _ in findings), path


def test_only_files_that_can_hold_a_finding_are_parsed(tmp_path: Path) -> None:
    """The text test rules out files that call no list method before parsing
    (what keeps check fast), so their syntax is other linters' business; an
    undecodable file is reported whatever it holds, since the text test needs
    the text."""
    (tmp_path / "python2_script.py").write_bytes(b'print "no client here"\n')
    (tmp_path / "broken_lookup.py").write_bytes(b"def f(:\n    batch.list_namespaced_job(ns)\n")
    (tmp_path / "invalid_utf8.py").write_bytes(b"x = '\xff'\n")
    result = k8s_lint("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert sorted(
        line.split(":")[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("error: ")
    ) == ["broken_lookup.py", "invalid_utf8.py"]
