"""Tests whose mocks a fix made stale.

A test that patches ``CoreV1Api.list_namespaced_service_account`` no longer
intercepts the fixed code, which reads with ``read_namespaced_service_account``:
the unpatched read then sends a real HTTP request (to whatever cluster the
machine's kubeconfig names).  After fixing, the files of the run and the
project's tests are searched for mocks of the list methods the run replaced
with a read (KUB005 keeps the list, and the dynamic client's ``get`` stays
``get``), and of the functions whose calls a fix inlined, cheaply by text
first and then confirmed on the syntax tree.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .analysis import Finding
from .files import Excluder, read_source
from .project import is_test
from .source import SourceError
from .stale_mock_rule import call_argument, configured_method, string_constant

# The fix that keeps listing, with a field selector.
KEEPS_LIST = "KUB005"
# patch.object(C, "list_..."), monkeypatch.setattr(api, "list_..."), setattr(...)
_BY_ATTRIBUTE = frozenset({"object", "setattr"})
# patch("kubernetes.client.CoreV1Api.list_..."), monkeypatch.setattr("...list_...", v)
_BY_TARGET = frozenset({"patch", "setattr"})


class Replaced(NamedTuple):
    """A list call a fix replaced with a read, where the fixed text reads."""

    list_method: str
    read_method: str
    path: Path  # the fixed file, as the run spelt it
    line: int  # 1-based, in the fixed text


class StaleMock(NamedTuple):
    """A place in a test that mocks a replaced list method."""

    path: Path  # as the run spelt it, or spelt from the project root's spelling
    line: int
    verb: str  # "patches" or "mocks"
    replaced: Replaced
    elsewhere: int  # how many more fixed places read it

    def message(self, written: bool) -> str:
        reads = "now reads" if written else "would read"
        more = f" (and {self.elsewhere} more)" if self.elsewhere else ""
        target = self.replaced
        return (
            f"{self.path}:{self.line}: {self.verb} {target.list_method}, which "
            f"{target.path}:{target.line}{more} {reads} with {target.read_method}: "
            "patch that, and make a missing object raise ApiException(status=404)"
        )


def replaced_reads(path: Path, before: str, after: str, fixed: Iterable[Finding]) -> list[Replaced]:
    """The list calls that the ``fixed`` findings replaced with reads, each
    with the first line of ``after`` (the fixed text) that reads where the
    original did not: a line holding the read that ``before`` does not hold."""
    methods = {
        f.method.list_method: f.method.read_method
        for f in fixed
        if f.rule.code != KEEPS_LIST and f.method.list_method != f.method.read_method
    }
    # A function whose call a fix inlined is no longer called there, whatever
    # the fixed code calls instead.
    methods.update(
        (f.through, f.method.list_method if f.rule.code == KEEPS_LIST else f.method.read_method)
        for f in fixed
        if f.through
    )
    if not methods:
        return []
    old_lines = set(before.splitlines())
    lines = after.splitlines()
    replaced: list[Replaced] = []
    for list_method, read_method in sorted(methods.items()):
        reading = re.compile(rf"\b{read_method}\b")
        found = [n for n, text in enumerate(lines, 1) if reading.search(text)]
        new = [n for n in found if lines[n - 1] not in old_lines] or found or [1]
        replaced.extend(Replaced(list_method, read_method, path, n) for n in new)
    return replaced


def project_tests(root: Path, excluder: Excluder) -> Iterator[Path]:
    """The project's tests: Python files under a ``tests``/``test`` folder, and
    ``test_*.py``, ``*_test.py`` and ``conftest.py`` anywhere under the root,
    walked as ``check`` walks (excludes, ``.gitignore``, tool caches), and
    spelt from ``root`` as it is spelt."""
    for path in excluder.walk(root, (".py",)):
        if is_test(path.relative_to(root)):
            yield path


def stale_mocks(files: Iterable[Path], replaced: list[Replaced]) -> list[StaleMock]:
    """Every place in ``files`` that patches or mocks a replaced list method,
    in path and line order; each file once, however it was reached."""
    by_method: dict[str, list[Replaced]] = {}
    for item in replaced:
        by_method.setdefault(item.list_method, []).append(item)
    found: list[StaleMock] = []
    seen: set[str] = set()
    for path in files:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        try:
            text, _ = read_source(path)
        except SourceError:
            continue  # the run reports the files it was given; the others are not ours
        if not any(method in text for method in by_method):  # the cheap test
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for line, verb, method in sorted(set(_mocks(tree, by_method.keys()))):
            places = by_method[method]
            found.append(StaleMock(path, line, verb, places[0], len(places) - 1))
    return sorted(found, key=lambda m: (str(m.path), m.line))


def _mocks(tree: ast.AST, methods: Iterable[str]) -> Iterator[tuple[int, str, str]]:
    """(line, verb, method) for each mock of one of ``methods`` in ``tree``."""
    wanted = set(methods)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield from _patch_call(node, wanted)
        elif (inner := configured_method(node, wanted)) is not None:
            yield inner.lineno, "mocks", inner.attr  # where the chain starts
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            # api.list_x = MagicMock(...): a fake put in the method's place
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in wanted:
                    yield node.lineno, "patches", target.attr
        elif isinstance(node, ast.Dict):
            # MagicMock(**{"list_x.return_value": ...}), configure_mock(**{...})
            for key in node.keys:
                method, dot, _ = (string_constant(key) or "").partition(".")
                if key is not None and dot and method in wanted:
                    yield key.lineno, "mocks", method


def _patch_call(call: ast.Call, wanted: set[str]) -> Iterator[tuple[int, str, str]]:
    """patch.object / setattr / patch("dotted.path") / patch.multiple and
    Mock(list_x=...) calls naming one of ``wanted``."""
    function = call.func
    name = (
        function.attr
        if isinstance(function, ast.Attribute)
        else function.id
        if isinstance(function, ast.Name)
        else ""
    )
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    attribute = string_constant(call_argument(call, 1, keywords, "attribute", "name"))
    if name in _BY_ATTRIBUTE and attribute in wanted:
        yield call.lineno, "patches", attribute
    target = string_constant(call_argument(call, 0, keywords, "target"))
    if name in _BY_TARGET and target is not None and target.rpartition(".")[2] in wanted:
        yield call.lineno, "patches", target.rpartition(".")[2]
    for keyword in wanted & keywords.keys():
        yield call.lineno, "patches" if name == "multiple" else "mocks", keyword
