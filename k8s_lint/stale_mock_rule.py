"""KUB101: a test mocks a list that the code it tests no longer calls.

After ``fix``, the code reads by name where it listed.  A test that patched
or configured the list method (or a project function that returned the
list, whose call the fix inlined) no longer intercepts anything: the read
goes unmocked to whatever cluster the machine's kubeconfig names.  This rule
keeps saying so on every ``check`` of the tests until the test is updated.

One criterion, decided where the mock is: the *code under test* reads with
the list method's read (``batch.read_namespaced_job``, called or handed to a
helper) and refers to the mocked list (or function) nowhere, and the test
mocks that read nowhere around the mock.  The code under test is found from
the test, never guessed from a name alone:

- a patch whose target string runs through a module of the project
  (``patch("app.jobs.client.BatchV1Api.list_namespaced_job")``): the
  functions of that module the test calls, else the whole module;
- a mock object (``api.list_namespaced_job.return_value = ...``,
  ``patch.object(api, ...)`` on a local object, a fixture's return value):
  the project functions and classes the test hands that object to;
- a patch of a library class (``patch.object(client.BatchV1Api, ...)``,
  ``patch("kubernetes.client...")``): the project functions and classes the
  test calls;

each followed through the project code they call (code_under_test.py).
Where none is found, nothing is reported.

Cheap first: a file is parsed only when its text names a list method, or
patches a dotted target that starts with a module of the project.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from .analysis import Finding
from .code_under_test import Codebase, Definition, Module, dotted_name, from_tree
from .config import Config
from .fixes import Edit, Fix, indent_unit, width
from .kinds import LIST_METHODS, PREFILTER, ListMethod
from .project import TEST_FILE, TEST_FOLDERS, root_of, root_of_test
from .rules import KUB101, Applicability
from .source import Source
from .tree import Parents, index

# The read methods that replace a list, and the list each replaces.
READS = {m.read_method: m for m in LIST_METHODS.values() if m.read_method != m.list_method}
# A list method named anywhere: called, patched by name, configured.
_NAMED = re.compile(r"\blist_\w+")
# patch("a.b.c") and monkeypatch.setattr("a.b.c", ...): a target the text
# shows, which may be a function of the project that returned a list.
_PATCHING = ("patch(", "setattr(")
_TARGET = re.compile(r"""\s*(?:target\s*=\s*)?(?P<q>["'])(?P<target>[A-Za-z_][\w.]*\.\w+)(?P=q)""")
# patch.object(...), monkeypatch.setattr(...), setattr(...): name the member.
_BY_ATTRIBUTE = frozenset({"object", "setattr"})
# patch("a.b.C.member"), monkeypatch.setattr("a.b.C.member", value).
_BY_TARGET = frozenset({"patch", "setattr"})
# Calls making (or configuring) a mock whose keywords name its members.
_MOCK_FACTORIES = frozenset(
    {"Mock", "MagicMock", "AsyncMock", "NonCallableMock", "NonCallableMagicMock",
     "create_autospec", "configure_mock", "multiple"}
)  # fmt: skip
# A mock's attributes that configure or inspect the mocked method.
MOCK_ATTRIBUTES = frozenset(
    {"return_value", "side_effect", "called", "call_count", "call_args", "call_args_list",
     "mock_calls", "await_count", "await_args", "reset_mock"}
)  # fmt: skip
_MOCK_CLASSES = ("Mock", "MagicMock")
_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# Set-up methods and fixtures: their mocks hold for the tests around them.
_SET_UP = frozenset(
    {"setUp", "setUpClass", "asyncSetUp", "setup_method", "setup_class", "setup",
     "setup_function", "setup_module"}
)  # fmt: skip
# Fixtures of pytest and its common plugins: their objects are no project code.
_PLUGIN_FIXTURES = frozenset(
    {"tmp_path", "tmp_path_factory", "tmpdir", "tmpdir_factory", "capsys", "capsysbinary",
     "capfd", "capfdbinary", "caplog", "monkeypatch", "request", "recwarn", "pytestconfig",
     "doctest_namespace", "record_property", "record_testsuite_property", "cache", "mocker",
     "class_mocker", "module_mocker", "package_mocker", "session_mocker", "event_loop",
     "subtests", "benchmark", "freezer", "requests_mock", "httpx_mock", "respx_mock",
     "aioresponses", "snapshot", "faker"}
)  # fmt: skip
# A mock's own methods: calling them runs no project code.
MOCK_METHODS = frozenset(
    {"reset_mock", "configure_mock", "attach_mock", "mock_add_spec", "start", "stop"}
)
# pytest-mock's and pytest's fixtures: calling them patches right away.
_PATCHING_FIXTURES = frozenset(
    {"mocker", "class_mocker", "module_mocker", "package_mocker", "session_mocker", "monkeypatch"}
)
_CAVEAT = (
    "the read mock it adds answers every name with a 404 (absent): make it return the "
    "objects the test expects to exist, and move what the test asserts about the list "
    "to the read"
)


def configured_method(node: ast.AST, wanted: Collection[str]) -> ast.Attribute | None:
    """``api.list_x`` where ``node`` configures or checks it as a mock
    (``api.list_x.return_value = ...``, ``.side_effect``, ``.assert_called...``)
    and ``list_x`` is ``wanted``."""
    if not isinstance(node, ast.Attribute):
        return None
    inner = node.value
    if (
        isinstance(inner, ast.Attribute)
        and inner.attr in wanted
        and (node.attr in MOCK_ATTRIBUTES or node.attr.startswith("assert_"))
    ):
        return inner
    return None


Shape = Literal["decorator", "with", "call", "nested", "configure", "assign", "keyword", "dict"]


class Entries(NamedTuple):
    """The code under test, and the test's calls that run it."""

    code: list[Definition]
    calls: list[ast.Call]


class Mock(NamedTuple):
    """A place in the test that mocks ``member`` of ``owner``."""

    node: ast.AST  # reported here
    member: str
    # A dotted target's owner ("kubernetes.client.BatchV1Api"), or the
    # object's expression (a mock made right there: the mock).
    owner: str | ast.expr
    shape: Shape
    call: ast.Call | None  # the call that patches or makes the mock


@dataclass(frozen=True)
class Suite:
    """A test file the rule looks at, with the project it tests."""

    path: Path  # absolute
    codebase: Codebase
    line_length: int


def applies(text: str, filename: str, config: Config, roots: Sequence[Path]) -> Suite | None:
    """Whether the rule looks at this file, from its text first: a test (or
    any file, where ``select`` names KUB101 itself) that names a list
    method, or patches a function of the project that lists.  Every file of
    a run asks, so what the text rules out costs nothing more."""
    if not _may_be_a_test(filename) and KUB101.code not in config.select:
        return None  # on test paths only, unless selected by its own code
    named = PREFILTER in text and any(m.group() in LIST_METHODS for m in _NAMED.finditer(text))
    targets = [] if named else _dotted_targets(text)
    if not (named or targets) or filename in ("-", "<unknown>"):
        return None
    if not config.enabled(KUB101.code):
        return None
    absolute = os.path.abspath(filename)
    root = root_of_test(absolute, roots)
    if root is None:
        if KUB101.code not in config.select:
            return None
        within = (r for r in roots if Path(absolute).is_relative_to(r))
        root = next(within, None) or root_of(Path(absolute))
    codebase = _codebase(root)
    if not named and not any(_patches_a_list(codebase, target, absolute) for target in targets):
        return None
    return Suite(Path(absolute), codebase, config.line_length)


def _may_be_a_test(filename: str) -> bool:
    """Whether a test path could hold the file, from its name alone: a
    ``test_*.py``/``*_test.py``/``conftest.py`` name or a ``tests``/``test``
    folder anywhere on its path (the cheap test before root_of_test)."""
    folder, name = os.path.split(os.path.abspath(filename))
    return bool(TEST_FILE.fullmatch(name)) or _test_folder(folder)


@functools.lru_cache(maxsize=256)
def _test_folder(folder: str) -> bool:
    """Whether a ``tests``/``test`` folder is on the path of ``folder`` (an
    absolute path; asked once per folder: a run's files share a few)."""
    return bool(TEST_FOLDERS.intersection(folder.split(os.sep)))


def _dotted_targets(text: str) -> list[str]:
    """The dotted targets the text patches, found from ``patch(`` and
    ``setattr(`` (a search for those words is much cheaper than a pattern
    tried at every character)."""
    found = []
    for word in _PATCHING:
        at = text.find(word)
        while at >= 0:
            target = _TARGET.match(text, at + len(word))
            if target is not None:
                found.append(target["target"])
            at = text.find(word, at + len(word))
    return found


_CODEBASES: dict[Path, Codebase] = {}


def _codebase(root: Path) -> Codebase:
    if root not in _CODEBASES:
        _CODEBASES[root] = Codebase(root)
    return _CODEBASES[root]


def stale_mocks(source: Source, tree: ast.Module, test: Suite) -> list[Finding]:
    """The KUB101 findings of a test module, in source order."""
    return _Test(source, tree, test).findings()


# The lists each patched function of the project makes, by (module, name);
# the module kept with them, so that its id is not another's.
_LISTING: dict[tuple[int, str], tuple[Module, tuple[ListMethod, ...]]] = {}


# Whether a dotted patch target is a function of the project that lists, by
# (root, the test's folder, target): the many tests of a project patch the
# same few targets.
_TARGETS: dict[tuple[str, str, str], bool] = {}


def _patches_a_list(codebase: Codebase, target: str, path: str) -> bool:
    """Whether ``target`` names a module-level function of a project module
    that makes a list a read replaces: answered once per module and name,
    however many tests patch it."""
    key = (codebase.key, os.path.dirname(path), target)
    if key not in _TARGETS:
        if len(_TARGETS) >= 4096:
            _TARGETS.clear()
        owner, _, member = target.rpartition(".")
        found = _project_module(codebase, owner, Path(path))
        _TARGETS[key] = (
            found is not None and not found[1] and bool(_lists_in(codebase, found[0], member))
        )
    return _TARGETS[key]


def _lists_in(codebase: Codebase, module: Module, name: str) -> tuple[ListMethod, ...]:
    cached = _LISTING.get((id(module), name))
    if cached is not None and cached[0] is module:
        return cached[1]
    function = codebase.resolve(module, name)
    methods: tuple[ListMethod, ...] = ()
    if isinstance(function, Definition) and not isinstance(function.node, ast.ClassDef):
        methods = tuple(
            LIST_METHODS[node.attr]
            for node in ast.walk(function.node)
            if isinstance(node, ast.Attribute)
            and node.attr in LIST_METHODS
            and LIST_METHODS[node.attr].read_method != node.attr
        )
    _LISTING[(id(module), name)] = (module, methods)
    return methods


def _project_module(codebase: Codebase, dotted: str, path: Path) -> tuple[Module, list[str]] | None:
    """The longest start of ``dotted`` that is a module of the project, and
    the rest of it."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        module = codebase.module(".".join(parts[:cut]), path)
        if module is not None:
            return module, parts[cut:]
    return None


class _Test:
    def __init__(self, source: Source, tree: ast.Module, test: Suite) -> None:
        self.source = source
        self.tree = tree
        self.test = test
        self.codebase = test.codebase
        self.module = from_tree(test.path, tree)
        self.parents: Parents = index(tree).parents
        self.mocks = sorted(self._mocks(), key=lambda m: _position(m.node))
        self._objects: dict[int, dict[str, Definition]] = {}

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        first: dict[tuple[int, str, str], Mock] = {}
        for mock in self.mocks:
            verdict = self._stale(mock)
            if verdict is None:
                continue
            method, calls = verdict
            key = (id(self._cover(mock)), _text(mock.owner), mock.member)
            earlier = first.setdefault(key, mock)
            if earlier is mock:
                fix, reason = self._fix(mock, method, calls)
            else:
                line = _position(earlier.node)[0]
                fix, reason = None, f"the read is mocked with the first mock here (line {line})"
            found.append(self._finding(mock, method, fix, reason))
        return found

    # --- what the test mocks --------------------------------------------------

    def _mocks(self) -> Iterator[Mock]:
        wanted = LIST_METHODS.keys() | READS.keys()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                yield from self._patches(node, wanted)
            elif (inner := configured_method(node, wanted)) is not None:
                yield Mock(inner, inner.attr, inner.value, "configure", None)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                # api.list_x = MagicMock(...): a fake put in the method's place
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Attribute) and target.attr in wanted:
                        yield Mock(target, target.attr, target.value, "assign", None)

    def _patches(self, call: ast.Call, wanted: set[str]) -> Iterator[Mock]:
        name = _called(call)
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        shape = self._shape(call)
        attribute = string_constant(call_argument(call, 1, keywords, "attribute", "name"))
        first = call_argument(call, 0, keywords, "target")
        # setattr("a.b.C.member", value) names its target by one string.
        by_string = name == "setattr" and string_constant(first) is not None
        if name in _BY_ATTRIBUTE and attribute is not None and first is not None and not by_string:
            yield Mock(call, attribute, first, shape, call)
        target = string_constant(first)
        if name in _BY_TARGET and target is not None and "." in target:
            owner, _, member = target.rpartition(".")
            yield Mock(call, member, owner, shape, call)
        if name not in _MOCK_FACTORIES:
            return
        owner_of = self._made(call, first) if name != "configure_mock" else None
        if name == "configure_mock" and isinstance(call.func, ast.Attribute):
            owner_of = call.func.value
        if owner_of is None:
            return
        made: str | ast.expr = string_constant(owner_of) or owner_of  # patch.multiple("a.b.C", ...)
        for keyword in call.keywords:
            if keyword.arg in wanted:
                yield Mock(keyword, keyword.arg, made, "keyword", call)
            elif keyword.arg is None and isinstance(keyword.value, ast.Dict):
                # MagicMock(**{"list_x.return_value": ...})
                for key in keyword.value.keys:
                    member, dot, _ = (string_constant(key) or "").partition(".")
                    if key is not None and dot and member in wanted:
                        yield Mock(key, member, made, "dict", call)

    def _made(self, call: ast.Call, first: ast.expr | None) -> ast.expr | None:
        """The object whose members a factory's keywords set: patch.multiple's
        first argument; else the mock made, by the name it is bound to."""
        if _called(call) == "multiple":
            return first
        parent = self.parents.get(call)
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1:
            return parent.targets[0]
        return call

    def _shape(self, call: ast.Call) -> Shape:
        parent = self.parents.get(call)
        if call in getattr(parent, "decorator_list", ()):
            return "decorator"
        if isinstance(parent, ast.withitem):
            return "with"
        if isinstance(parent, ast.Expr) or (
            isinstance(parent, ast.Assign) and parent.value is call
        ):
            return "call"
        return "nested"

    # --- the verdict ------------------------------------------------------------

    def _stale(self, mock: Mock) -> tuple[ListMethod, list[ast.Call]] | None:
        """The list the mock stands for and the calls of the code under test,
        where that code reads instead (and nothing here mocks the read)."""
        if mock.member in READS:
            return None
        through = None
        if mock.member in LIST_METHODS:
            methods = [LIST_METHODS[mock.member]]
            if methods[0].read_method == methods[0].list_method:
                return None
        else:
            through = self._function(mock)
            if through is None:
                return None
            methods = through
        entries = self._code_under_test(mock, through is not None)
        if entries is None or not entries.code:
            return None
        calls = entries.calls
        reach = self.codebase.reach(entries.code, skip=self.test.path)
        if reach.refers(mock.member):
            return None  # still called: the mock still intercepts it
        for method in methods:
            if reach.reads(method.read_method) and not self._mocks_read(mock, method.read_method):
                if through is not None:
                    # The message names the function that was mocked.
                    method = method._replace(list_method=mock.member)
                return method, calls
        return None

    def _function(self, mock: Mock) -> list[ListMethod] | None:
        """The lists a patched function of the project makes, when the patch
        names a module-level function of a project module."""
        module = self._owner_module(mock.owner)
        if module is None:
            return None
        return list(_lists_in(self.codebase, module, mock.member)) or None

    def _owner_module(self, owner: str | ast.expr) -> Module | None:
        """The project module a patch target names as a whole."""
        if isinstance(owner, str):
            found = _project_module(self.codebase, owner, self.test.path)
            return found[0] if found is not None and not found[1] else None
        dotted = dotted_name(owner)
        resolved = None if dotted is None else self._resolve(dotted)
        return resolved if isinstance(resolved, Module) else None

    def _code_under_test(self, mock: Mock, through: bool) -> Entries | None:
        """The project code the mock stands in for, and the test's calls of
        it; None where the test runs code whose own code can't be told."""
        cover = self._cover(mock)
        owner = self._patched(mock) or mock.owner
        module: Module | None = None
        if isinstance(owner, str):
            found = _project_module(self.codebase, owner, self.test.path)
            if found is None:
                return self._calls_in(cover)  # a library's class, patched for all
            module, rest = found
            if through and not rest and mock.member in module.definitions:
                return self._calls_in(cover)  # a function where it is defined: its callers
        else:
            dotted = dotted_name(owner)
            first = dotted.partition(".")[0] if dotted else ""
            if not self.module.binds(first):
                return self._handed(mock, cover)  # an object of the test's own
            resolved = self._resolve(dotted or "")
            if resolved is None:
                return self._calls_in(cover)  # a library's class or module
            if isinstance(resolved, Definition):
                calls = self._calls_in(cover)  # a class of the project, and its callers
                return None if calls is None else Entries([resolved, *calls.code], calls.calls)
            module = resolved
            if through and mock.member in module.definitions:
                return self._calls_in(cover)
        # A target inside a module of the project: the test's calls into it,
        # else the module.
        calls = self._calls_in(cover, module)
        if calls is None or calls.code:
            return calls
        return Entries([Definition(module, module.tree)], [])

    def _patched(self, mock: Mock) -> str | None:
        """A mock the test configures on what a patch of a dotted target
        gave it (``@patch("app.jobs.client") def test(client_mock)``, ``with
        patch(...) as client_mock``, ``client_mock = mocker.patch(...)``): the
        owner as the target spells it (``app.jobs.client.BatchV1Api...``)."""
        dotted = None if isinstance(mock.owner, str) else dotted_name(mock.owner)
        function = self._function_of(mock.node)
        if dotted is None or not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        first, _, rest = dotted.partition(".")
        targets = _patch_targets(function).get(first, [])
        if len(targets) != 1 or targets[0] is None:
            return None  # bound twice, or to something else
        return f"{targets[0]}.{rest}" if rest else targets[0]

    def _resolve(self, dotted: str) -> Definition | Module | None:
        return self.codebase.resolve(self.module, dotted)

    def _calls_in(self, cover: ast.AST, within: Module | None = None) -> Entries | None:
        """The project code the test calls (that of ``within``, if given)."""
        made = self._instances(cover)
        code, calls = [], []
        for node in ast.walk(cover):
            if isinstance(node, ast.Call):
                runs = self._runs(node, made)
                if runs is None:
                    return None
                runs = [d for d in runs if within is None or d.module is within]
                if runs:
                    code += runs
                    calls.append(node)
        return Entries(code, calls)

    def _runs(self, call: ast.Call, made: dict[str, Definition]) -> list[Definition] | None:
        """The project code a call in the test runs: [] for none, None where
        it can't be told (a method a project class inherits from elsewhere)."""
        function = call.func
        if isinstance(function, ast.Attribute):
            if isinstance(function.value, ast.Call):  # Spawner(api).start()
                found = self._callee(function.value)
                if found is not None and isinstance(found.node, ast.ClassDef):
                    method = self.codebase.method(found, function.attr)
                    return None if method is None else [method]
            cls = made.get(ast.unparse(function.value))
            if cls is not None:
                method = self.codebase.method(cls, function.attr)
                return None if method is None else [method]
            if isinstance(function.value, ast.Name):
                return self._on_a_name(call, function.value.id, function.attr)
        return self._runs_bound(call)

    def _on_a_name(self, call: ast.Call, name: str, method: str) -> list[Definition] | None:
        """``self.helper()`` runs the test class's own method; a method of an
        object a fixture handed the test (``spawner.start()``) runs code that
        can't be told, unless the fixture is pytest's or a plugin's, or the
        method is a mock's own."""
        function = self._function_of(call)
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return []
        if name in ("self", "cls"):
            cls = self._class_of(function)
            own = next(
                (
                    s
                    for s in (cls.body if cls is not None else [])
                    if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == method
                ),
                None,
            )
            return [] if own is None else [Definition(self.module, own, cls)]
        if name in _fixtures(function) and name not in _PLUGIN_FIXTURES:
            return [] if method in MOCK_METHODS or method.startswith("assert_") else None
        return self._runs_bound(call)

    def _runs_bound(self, call: ast.Call) -> list[Definition]:
        """A call of what the module binds: a project function, method or
        class (its constructor), or else no project code."""
        found = self._callee(call)
        if found is None:
            return []
        if isinstance(found.node, ast.ClassDef):  # the constructor
            init = self.codebase.method(found, "__init__")
            return [] if init is None else [init]
        return [found]

    def _callee(self, call: ast.Call) -> Definition | None:
        """The project function, class or method a call names."""
        dotted = dotted_name(call.func)
        if dotted is None or not self.module.binds(dotted.partition(".")[0]):
            return None
        found = self._resolve(dotted)
        return found if isinstance(found, Definition) else None

    def _instances(self, cover: ast.AST) -> dict[str, Definition]:
        """The objects of project classes the test makes, by how it spells
        them: ``spawner = Spawner(...)``, ``self.spawner = ...`` in the class's
        set-up, a fixture of the module returning one."""
        scope = self._class_of(cover) or cover
        if id(scope) in self._objects:
            return self._objects[id(scope)]
        made: dict[str, Definition] = {}
        self._objects[id(scope)] = made
        for node in [*ast.walk(scope), *self._module_fixtures()]:
            value = getattr(node, "value", None)
            cls = self._callee(value) if isinstance(value, ast.Call) else None
            if cls is None or not isinstance(cls.node, ast.ClassDef):
                continue
            if isinstance(node, ast.Assign):
                made.update((ast.unparse(target), cls) for target in node.targets)
            elif isinstance(node, (ast.Return, ast.Yield)):
                fixture = self._function_of(node)
                if fixture is not None and _is_fixture(fixture):
                    made[_fixture_name(fixture)] = cls
        return made

    def _module_fixtures(self) -> list[ast.AST]:
        return [
            node
            for statement in self.tree.body
            if _is_fixture(statement)
            for node in ast.walk(statement)
            if isinstance(node, (ast.Return, ast.Yield))
        ]

    def _handed(self, mock: Mock, cover: ast.AST) -> Entries | None:
        """The project code the test hands the mocked object to: as an
        argument, to an object of a project class it calls, or as an
        attribute of one (``spawner.api = api``)."""
        owner = mock.owner
        assert not isinstance(owner, str)
        aliases = {ast.unparse(owner), *self._fixture_names(mock)}
        made = self._instances(cover)
        # Objects made with the mock, given it, or holding it already
        # (``patch.object(spawner.api, "list_...")``).
        holders = {p for p in _prefixes(ast.unparse(owner)) if p in made}
        code: list[Definition] = []
        calls: list[ast.Call] = []
        for node in ast.walk(cover):
            if isinstance(node, ast.Call):
                arguments = [*node.args, *(k.value for k in node.keywords)]
                if not any(ast.unparse(a) in aliases for a in arguments):
                    continue
                runs = self._runs(node, made)
                if runs is None:
                    return None
                if runs:
                    code += runs
                    calls.append(node)
                parent = self.parents.get(node)
                if isinstance(parent, ast.Assign):  # spawner = Spawner(api)
                    holders.update(ast.unparse(t) for t in parent.targets if ast.unparse(t) in made)
                elif isinstance(parent, ast.Attribute):  # Spawner(api).start()
                    call = self.parents.get(parent)
                    if isinstance(call, ast.Call) and call.func is parent:
                        runs = self._runs(call, made)
                        if runs is None:
                            return None
                        code += runs
                        calls.append(call)
            elif isinstance(node, ast.Assign) and ast.unparse(node.value) in aliases:
                for target in node.targets:  # spawner.api = api
                    if isinstance(target, ast.Attribute) and ast.unparse(target.value) in made:
                        holders.add(ast.unparse(target.value))
        for node in ast.walk(cover):
            # What the test then calls on those objects.
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and ast.unparse(node.func.value) in holders
            ):
                runs = self._runs(node, made)
                if runs is None:
                    return None
                code += runs
                calls.append(node)
        return Entries(code, calls)

    def _fixture_names(self, mock: Mock) -> list[str]:
        """A fixture returning the mocked object: the tests receive it by the
        fixture's name."""
        function = self._function_of(mock.node)
        if function is None or not _is_fixture(function):
            return []
        owner = mock.owner
        assert not isinstance(owner, str)
        returned = ast.unparse(owner)
        for node in ast.walk(function):
            value = (
                getattr(node, "value", None) if isinstance(node, (ast.Return, ast.Yield)) else None
            )
            if value is not None and (value is owner or ast.unparse(value) == returned):
                return [_fixture_name(function)]
        return []

    def _class_of(self, node: ast.AST) -> ast.ClassDef | None:
        current = self.parents.get(node) if not isinstance(node, ast.ClassDef) else node
        while current is not None and not isinstance(current, ast.ClassDef):
            current = self.parents.get(current)
        return current

    def _mocks_read(self, mock: Mock, read: str) -> bool:
        """Whether the test mocks the read around this mock: in the same
        test, set-up or fixture, one enclosing it, or one inside it."""
        cover = self._cover(mock)
        around = {id(n) for n in self._ancestors(cover)}
        for other in self.mocks:
            if other.member != read:
                continue
            theirs = self._cover(other)
            if id(theirs) in around or id(cover) in {id(n) for n in self._ancestors(theirs)}:
                return True
        return False

    # --- where a mock holds -------------------------------------------------------

    def _cover(self, mock: Mock) -> ast.AST:
        """Where the mock holds: the test (a decorator's function or class),
        widened to the class or module of a set-up method or fixture."""
        function = self._function_of(mock.node)
        if function is None:
            return self._class_of(mock.node) or self.tree
        if isinstance(function, ast.ClassDef):
            return function
        if function.name in _SET_UP or _is_fixture(function):
            outer = self.parents.get(function)
            return outer if isinstance(outer, ast.ClassDef) else self.tree
        return function

    def _function_of(
        self, node: ast.AST
    ) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | None:
        """The function holding ``node``, or the function or class a decorator
        holding it decorates."""
        child, parent = node, self.parents.get(node)
        while parent is not None:
            decorated = isinstance(parent, _DEFINITIONS) and child in parent.decorator_list
            if decorated or isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return parent  # type: ignore[return-value]
            child, parent = parent, self.parents.get(parent)
        return None

    def _ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current: ast.AST | None = node
        while current is not None:
            yield current
            current = self.parents.get(current)

    # --- the fix ------------------------------------------------------------------

    def _finding(
        self, mock: Mock, method: ListMethod, fix: Fix | None, reason: str | None
    ) -> Finding:
        node = mock.node
        end = self.source.end(node)
        return Finding(
            rule=KUB101,
            method=method,
            line=node.lineno,  # type: ignore[attr-defined]
            column=self.source.column(node),
            end_line=node.end_lineno or node.lineno,  # type: ignore[attr-defined]
            end_column=end - self.source.line_start(end),
            fix=fix,
            reason=None if fix is not None else reason,
            rbac=(),
        )

    def _fix(
        self, mock: Mock, method: ListMethod, calls: list[ast.Call]
    ) -> tuple[Fix | None, str | None]:
        """The read mocked beside the list's mock, answering 404."""
        if mock.member not in LIST_METHODS:
            return (
                None,
                "the test does not name the object the code reads from: mock the read there",
            )
        if mock.call is not None and _called(mock.call) == "multiple":
            return None, "patch.multiple: add the read to it by hand"
        # Only a call in the same test can run before the added mock.
        function = self._function_of(mock.node)
        calls = [c for c in calls if self._function_of(c) is function]
        exception = self._exception()
        if exception is None:
            return None, "ApiException names something else here"
        spelt, imports = exception
        missing = f"{spelt}(status=404)"
        read = method.read_method
        edits = _Edits(self.source, self.tree, self.test.line_length)
        edit: Edit | str
        if mock.shape in ("configure", "keyword", "dict"):
            edit = self._configure(mock, read, missing, calls, edits)
        elif mock.shape == "assign":
            edit = self._assign(mock, read, missing, calls, edits)
        elif mock.call is None:
            edit = "the mock is not made where it is used"
        else:
            edit = self._patch(mock, read, missing, calls, edits)
        if isinstance(edit, str):
            return None, edit
        fix = Fix(
            (edit,), frozenset(), Applicability.UNSAFE, caveat=_CAVEAT, imports=frozenset(imports)
        )
        return fix, None

    def _configure(
        self, mock: Mock, read: str, missing: str, calls: list[ast.Call], edits: _Edits
    ) -> Edit | str:
        owner = mock.owner
        if isinstance(owner, (str, ast.Call)):
            return "the mock is not bound to a name the test could configure the read on"
        statement = self._statement(mock.node)
        if statement is None:
            return "the mock is configured inside an expression"
        target = f"{ast.unparse(owner)}.{read}.side_effect"
        spelt = missing.removesuffix("(status=404)")  # ApiException, as the test spells it
        return edits.after(
            statement,
            edits.assignment(target, spelt, ["status=404"], self._indent(statement)),
            calls,
        )

    def _assign(
        self, mock: Mock, read: str, missing: str, calls: list[ast.Call], edits: _Edits
    ) -> Edit | str:
        statement = self._statement(mock.node)
        value = getattr(statement, "value", None)
        factory = None if not isinstance(value, ast.Call) else dotted_name(value.func)
        if (
            statement is None
            or factory is None
            or factory.rpartition(".")[2] not in (*_MOCK_CLASSES, "AsyncMock")
        ):
            return "the list is replaced by something other than a mock"
        owner = ast.unparse(mock.owner) if not isinstance(mock.owner, str) else mock.owner
        indent = self._indent(statement)
        line = edits.assignment(f"{owner}.{read}", factory, [f"side_effect={missing}"], indent)
        return edits.after(statement, line, calls)

    def _patch(
        self, mock: Mock, read: str, missing: str, calls: list[ast.Call], edits: _Edits
    ) -> Edit | str:
        call = mock.call
        assert call is not None
        patcher = self.source.segment(call.func)
        if "\n" in patcher or _called(call) == "multiple":
            return "the patch is not one a read patch can be written beside"
        if isinstance(mock.owner, str):
            arguments = [f'"{mock.owner}.{read}"']
        else:
            owner = self.source.segment(mock.owner)
            if "\n" in owner:
                return "the patched object spans lines"
            arguments = [owner, f'"{read}"']
        setattr_ = _called(call) == "setattr"
        if mock.shape == "decorator" or setattr_:
            fake = self._mock_class()
            if fake is None:
                return "the test imports no Mock to stand in for the read"
            made = f"{fake}(side_effect={missing})"
            arguments.append(made if setattr_ else f"new={made}")
        else:
            arguments.append(f"side_effect={missing}")
        if mock.shape == "decorator":
            return edits.decorator(call, edits.call("@" + patcher, arguments, self._indent(call)))
        if mock.shape == "with":
            return edits.with_item(self.parents[call], f"{patcher}({', '.join(arguments)})")
        if mock.shape == "call" and (setattr_ or self._patches_now(call)):
            statement = self.parents[call]
            assert isinstance(statement, ast.stmt)
            line = edits.call(patcher, arguments, self._indent(statement))
            return edits.after(statement, line, calls)
        return "the patch is started elsewhere"

    def _patches_now(self, call: ast.Call) -> bool:
        """pytest-mock's ``mocker.patch...(...)``: patching as it is called
        (``unittest.mock.patch(...)`` alone only makes a patcher)."""
        dotted = dotted_name(call.func) or ""
        return dotted.partition(".")[0] in _PATCHING_FIXTURES

    def _statement(self, node: ast.AST) -> ast.stmt | None:
        """The simple statement holding ``node`` in a block."""
        current: ast.AST | None = node
        while current is not None and not isinstance(current, ast.stmt):
            current = self.parents.get(current)
        if isinstance(current, (ast.Assign, ast.AnnAssign, ast.Expr, ast.AugAssign)):
            return current
        return None

    def _indent(self, node: ast.AST) -> str:
        return self.source.indent_at(self.source.start(node))

    def _exception(self) -> tuple[str, list[tuple[str, str]]] | None:
        """How the test spells ApiException, and the import it needs, if any."""
        imported = self.module.imports.get("ApiException")
        if imported is not None:
            return ("ApiException", []) if imported.module.startswith("kubernetes") else None
        if "ApiException" in self.module.definitions:
            return None
        asyncio = any(
            i.module.startswith("kubernetes_asyncio") for i in self.module.imports.values()
        )
        plain = any(
            i.module.startswith("kubernetes.") or i.module == "kubernetes"
            for i in self.module.imports.values()
        )
        package = "kubernetes_asyncio" if asyncio and not plain else "kubernetes"
        return "ApiException", [(f"{package}.client.rest", "ApiException")]

    def _mock_class(self) -> str | None:
        """How the test spells unittest.mock's Mock (or MagicMock)."""
        for local, imported in sorted(self.module.imports.items()):
            if imported.name in _MOCK_CLASSES and imported.module in ("unittest.mock", "mock"):
                return local
        for local, imported in sorted(self.module.imports.items()):
            if (imported.module, imported.name) in (("unittest", "mock"), ("mock", None)):
                return f"{local}.Mock"
            if (imported.module, imported.name) == ("unittest.mock", None) and local != "unittest":
                return f"{local}.Mock"
        return None


class _Edits:
    """Text a fix adds, laid out as black lays it out."""

    def __init__(self, source: Source, tree: ast.Module, line_length: int) -> None:
        self.source = source
        self.newline = source.newline
        self.unit = indent_unit(source, tree)
        self.line_length = line_length

    def call(self, function: str, arguments: list[str], indent: str = "", lead: str = "") -> str:
        """``function(arguments)`` on one line (after ``lead`` on it); else
        the arguments on one line of their own; else one per line, with a
        trailing comma."""
        one = f"{function}({', '.join(arguments)})"
        if width(indent + lead + one) <= self.line_length:
            return one
        inner = indent + self.unit
        nl = self.newline
        hugged = inner + ", ".join(arguments)
        if width(hugged) <= self.line_length:
            return f"{function}({nl}{hugged}{nl}{indent})"
        lines = "".join(f"{inner}{a},{nl}" for a in arguments)
        return f"{function}({nl}{lines}{indent})"

    def assignment(self, target: str, function: str, arguments: list[str], indent: str) -> str:
        """``target = function(arguments)``: the call split after its
        bracket where that line fits, else the value in parentheses of its
        own, as black splits an assignment."""
        opening = f"{target} = {function}("
        if width(indent + opening) <= self.line_length:
            return f"{target} = {self.call(function, arguments, indent, f'{target} = ')}"
        inner = indent + self.unit
        value = self.call(function, arguments, inner)
        return f"{target} = ({self.newline}{inner}{value}{self.newline}{indent})"

    def after(self, statement: ast.stmt, text: str, calls: list[ast.Call]) -> Edit | str:
        """``text`` as a statement of its own after ``statement``, before the
        code under test is called."""
        end_line = statement.end_lineno or statement.lineno
        if any(c.lineno <= end_line for c in calls):
            return "the list is mocked after the code under test runs"
        source = self.source
        end = source.end(statement)
        line_end = source.text.find("\n", end)
        rest = source.text[end : len(source.text) if line_end < 0 else line_end]
        if rest.strip() and not rest.strip().startswith("#"):
            return "another statement follows on its line"
        indent = source.indent_at(source.start(statement))
        if line_end < 0:
            return Edit(len(source.text), len(source.text), f"{self.newline}{indent}{text}")
        return Edit(line_end + 1, line_end + 1, f"{indent}{text}{self.newline}")

    def decorator(self, call: ast.Call, text: str) -> Edit:
        """``text`` as a decorator right above the one ``call`` is."""
        start = self.source.line_start(self.source.start(call))
        indent = self.source.indent_at(self.source.start(call) - 1)
        return Edit(start, start, f"{indent}{text}{self.newline}")

    def with_item(self, item: ast.AST, text: str) -> Edit | str:
        """``text`` as a context manager after ``item`` in its ``with``."""
        assert isinstance(item, ast.withitem)
        last = item.optional_vars or item.context_expr
        end = self.source.end(last)
        line_end = self.source.text.find("\n", end)
        line = self.source.text[self.source.line_start(end) : line_end if line_end >= 0 else None]
        if width(line.rstrip("\r") + ", " + text) > self.line_length:
            return "the with statement has no room for the read's patch on its line"
        return Edit(end, end, f", {text}")


def _patch_targets(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, list[str | None]]:
    """The names a function binds, each with the dotted target of the patch
    that gave it (None for anything else): its parameters the patch
    decorators fill (the one nearest the function first), ``with
    patch("...") as name`` and ``name = mocker.patch("...")``."""
    bound: dict[str, list[str | None]] = {}
    parameters = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
    if parameters[:1] in (["self"], ["cls"]):
        parameters = parameters[1:]
    for decorator in reversed(function.decorator_list):
        if _fills_a_parameter(decorator) and parameters:
            name = parameters.pop(0)
            bound.setdefault(name, []).append(_patch_target(decorator))
    for name in parameters:
        bound.setdefault(name, []).append(None)
    for node in ast.walk(function):
        if isinstance(node, ast.withitem) and isinstance(node.optional_vars, ast.Name):
            target = _patch_target(node.context_expr)
            bound.setdefault(node.optional_vars.id, []).append(target)
        elif isinstance(node, ast.Assign) and [type(t) for t in node.targets] == [ast.Name]:
            value = node.value
            if isinstance(value, ast.Call) and _called(value) == "start":
                value = getattr(value.func, "value", value)  # patch(...).start()
            bound.setdefault(node.targets[0].id, []).append(_patch_target(value))  # type: ignore[attr-defined]
    return bound


def _fixtures(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The parameters pytest fills with fixtures: all but ``self``/``cls``
    and the ones the patch decorators fill."""
    parameters = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
    if parameters[:1] in (["self"], ["cls"]):
        parameters = parameters[1:]
    filled = sum(1 for d in function.decorator_list if _fills_a_parameter(d))
    return {*parameters[filled:], *(a.arg for a in function.args.kwonlyargs)}


def _fills_a_parameter(decorator: ast.expr) -> bool:
    """A patch decorator that hands the test its mock: patch() and
    patch.object() without ``new``."""
    if not isinstance(decorator, ast.Call) or _called(decorator) not in ("patch", "object"):
        return False
    given = 2 if _called(decorator) == "patch" else 3  # new, as a positional argument
    return len(decorator.args) < given and all(k.arg != "new" for k in decorator.keywords)


def _patch_target(node: ast.expr) -> str | None:
    """The target of ``patch("a.b.c")`` (or ``mocker.patch(...)``)."""
    if isinstance(node, ast.Call) and _called(node) == "patch" and node.args:
        return string_constant(node.args[0])
    return None


def _prefixes(dotted: str) -> list[str]:
    """``a`` and ``a.b`` for ``a.b.c``."""
    parts = dotted.split(".")
    return [".".join(parts[:cut]) for cut in range(1, len(parts))]


def _position(node: ast.AST) -> tuple[int, int]:
    return node.lineno, node.col_offset  # type: ignore[attr-defined]


def _text(owner: str | ast.expr) -> str:
    return owner if isinstance(owner, str) else ast.unparse(owner)


def _called(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _is_fixture(function: ast.AST) -> bool:
    for decorator in getattr(function, "decorator_list", ()):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (dotted_name(target) or "").rpartition(".")[2] == "fixture":
            return True
    return False


def _fixture_name(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> str:
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    return function.name


def call_argument(
    call: ast.Call, position: int, keywords: dict[str, ast.expr], *names: str
) -> ast.expr | None:
    """The argument at ``position`` (not after a ``*args``), or the first
    keyword of ``names``."""
    leading = call.args[: position + 1]
    if len(leading) > position and not any(isinstance(a, ast.Starred) for a in leading):
        return call.args[position]
    return next((keywords[n] for n in names if n in keywords), None)


def string_constant(node: ast.AST | None) -> str | None:
    """The value of a string literal, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None
