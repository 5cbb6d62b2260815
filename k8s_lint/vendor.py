"""The runtime helper as a dependency of fixed code.

``k8s-lint vendor-helper`` copies it into a code base, so production images
import it from the team's own module, not from the linter; and a fix run
tells when the code it fixed would import ``k8s_lint.runtime`` from a project
that does not declare k8s-lint (it would fail with ModuleNotFoundError where
only the project's own dependencies are installed).
"""

from __future__ import annotations

import configparser
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from . import __version__, requires_python
from .config import DEFAULT_HELPER_MODULE, ConfigError, load
from .files import write_file
from .project import PROJECT_FILES, Root, root_of, root_of_test

RUNTIME = Path(__file__).with_name("runtime.py")
# The start of the header every vendored copy has, whatever its version.
HEADER = "# Vendored from k8s-lint "
DISTRIBUTION = "k8s-lint"
# What the helper module is called when vendor-helper suggests a path.
VENDORED_NAME = "k8s_read"
# The oldest Python the helper runs on: its newest syntax is positional-only
# parameters (3.8).  The tests parse it for each version from this one on,
# and run it on each of those interpreters the machine has.
HELPER_PYTHON = (3, 8)


class NotAHelper(Exception):
    """The path holds something else, which vendoring would destroy."""


class Unsupported(Exception):
    """The project supports a Python the helper does not run on."""


def helper_source() -> str:
    """The vendored helper's text: runtime.py under a header.

    runtime.py is kept as black and ``ruff format`` lay it out at 79 columns,
    every split held by a magic trailing comma, so that they leave it
    unchanged at any longer line length too; the header's lines stay within
    79 columns (flake8's default) for a version of up to 32 characters."""
    header = (
        f"{HEADER}{__version__} (k8s_lint/runtime.py)\n"
        "# by `k8s-lint vendor-helper`: regenerate it with that command rather\n"
        "# than editing it.\n"
    )
    return header + RUNTIME.read_text(encoding="utf-8")


def is_vendored(path: Path) -> bool:
    """Whether ``path`` holds a helper that vendor-helper wrote (any version)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(len(HEADER)) == HEADER
    except OSError:
        return False


def vendor_helper(path: Path, force: bool = False) -> None:
    """Write the helper module to ``path`` (its folder must exist).

    An existing file is replaced only when it is a vendored helper already
    (an upgrade) or with ``force``: otherwise NotAHelper.  A project that
    declares a Python older than the helper's is refused: Unsupported.  It
    is written as fix writes files, so NotWritten when its permissions do
    not allow it.
    """
    if path.exists() and not force and not is_vendored(path):
        raise NotAHelper(
            f"{path} exists and is not a vendored k8s-lint helper; pass --force to replace it"
        )
    problem = python_problem(path)
    if problem is not None:
        raise Unsupported(f"{path}: {problem}")
    write_file(path, helper_source(), "utf-8")


def python_problem(path: Path) -> str | None:
    """Why the helper cannot go to ``path``: the project there (see
    project.py) declares a Python older than HELPER_PYTHON, where importing
    it would be a SyntaxError; None when it declares none, or none older."""
    root = root_of(path)
    spelt = root if path.is_absolute() else Path(os.path.relpath(root))
    found = requires_python.declared(spelt)
    if found is None or found.oldest >= HELPER_PYTHON:
        return None
    need, old = (".".join(map(str, v)) for v in (HELPER_PYTHON, found.oldest))
    return (
        f"the runtime helper needs Python {need} or newer, but {found.where}, "
        f"which admits Python {old}; raise the project's oldest Python to {need} "
        "to vendor it"
    )


def line_length_note(path: Path) -> str | None:
    """A note when the helper's lines are longer than the line length the
    project's formatter settings set (read as fixes read it): there its
    formatter would rewrite the helper, and a length check flag it."""
    try:
        length = load(path).line_length
    except ConfigError:
        return None  # the run that reads the settings reports it
    longest = max(len(line) for line in helper_source().splitlines())
    if longest <= length:
        return None
    return (
        f"note: {path} has lines of up to {longest} characters, longer than the "
        f"project's line length ({length}): leave it out of the formatter's and "
        "linters' files, as it is regenerated rather than edited"
    )


def module_name(path: Path, root: Path) -> str | None:
    """The dotted name fixed code imports the module file ``path`` by, from
    the project ``root`` or its ``src`` folder; None when it is under neither,
    or is not a ``.py`` file whose folders are valid package names."""
    absolute = Path(os.path.abspath(path))
    for base in (root / "src", root):
        if absolute.suffix == ".py" and absolute.is_relative_to(base):
            parts = absolute.with_suffix("").relative_to(base).parts
            if parts and parts[0] != "src" and all(p.isidentifier() for p in parts):
                return ".".join(parts)
    return None


# --- the helper as a new dependency ------------------------------------------

# Requirements files that hold what a team installs to develop, not what it
# deploys: k8s-lint listed there (where a linter belongs) does not reach
# production images, so it does not make the helper import safe.
_DEVELOPMENT = frozenset(
    {"dev", "develop", "development", "test", "tests", "testing", "lint", "linting",
     "ci", "doc", "docs", "check", "checks", "typing", "style", "format"}
)  # fmt: skip
_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")
_EGG = re.compile(r"[#&]egg=([A-Za-z0-9._-]+)")


class Undeclared(NamedTuple):
    """A project whose fixed files import the helper it does not declare."""

    # The project's folder (the run's project root, without one below it),
    # spelt as the run spells the files it found there.
    project: Root
    files: tuple[Path, ...]  # its fixed files, as the run spelt them
    # Every fixed file is one of its tests: a test or development
    # dependency is enough, and the advice names the one its manifest has.
    tests: bool = False

    def advice(self, written: bool) -> str:
        """What happened and both ways out, a few lines for the summary."""
        root = self.project.path
        declared_in = [name for name in PROJECT_FILES if (root / name).is_file()]
        needed = "for its tests" if self.tests else "as a run-time dependency"
        if declared_in:
            where = (
                f"{self.project.spell(root / declared_in[0])} does not declare {DISTRIBUTION} "
                f"{needed}"
            )
        else:
            spelt = self.project.spelt
            folder = "the current folder" if spelt == Path(".") else str(spelt)
            where = (
                f"no pyproject.toml, setup.cfg or requirements file in {folder} declares "
                f"{DISTRIBUTION} {needed}"
            )
        path, module = self.suggestion()
        subject = "the fixed tests" if self.tests else "the fixed code"
        verb = ("import" if self.tests else "imports") if written else "would import"
        lines = [
            f"warning: {subject} {verb} {DEFAULT_HELPER_MODULE}, and {where}: where only "
            f"the project's own dependencies are installed, importing {self.files[0]} fails "
            "with ModuleNotFoundError: No module named 'k8s_lint'. Either:",
            f"  - {self._test_dependency()}, or"
            if self.tests
            else "  - add k8s-lint to the project's dependencies (it brings flake8, libcst, "
            "pyyaml, pathspec and tqdm into production images), or",
        ]
        configure = f'helper-module = "{module}" in [tool.k8s-lint] of pyproject.toml'
        # helper-module holds for every later fix, the code's too: said where
        # the copy is the tests' own.
        caveat = (
            " (fixes of the code would then import it from the tests too)" if self.tests else ""
        )
        where_to = "under the tests' package" if self.tests else ""
        vendor = f"  - vendor the helper{' ' + where_to if where_to else ''}: "
        if written:
            count = len(self.files)
            lines.append(
                f"{vendor}`k8s-lint vendor-helper {path}`, set {configure}{caveat}, "
                f"and import from {module} instead of {DEFAULT_HELPER_MODULE} in the "
                f"{count} file{'' if count == 1 else 's'} just fixed"
            )
        else:
            lines.append(
                f"{vendor}`k8s-lint fix --vendor-helper {path}` writes it and "
                f"fixes against it; set {configure} for later runs{caveat}"
            )
        return "\n".join(lines)

    def _test_dependency(self) -> str:
        """Where the tests' dependency goes: the test or development group
        the project's manifest already has, by name."""
        group = test_group(self.project.path)
        if group is None:
            return (
                "add k8s-lint to the project's test dependencies (its manifest has no "
                "test or development group: a `test` extra, a dependency group or a "
                "requirements-test.txt)"
            )
        return f"add k8s-lint to {group.describe(self.project)}, which the tests install"

    def suggestion(self) -> tuple[str, str]:
        """Where to vendor the helper (spelt as the project is) and its module
        name: beside the first fixed file's top-level package."""
        base = self.project.path
        inside = Path(os.path.abspath(self.files[0])).parent
        parts = inside.relative_to(base).parts if inside.is_relative_to(base) else ()
        if parts[:1] == ("src",):
            base, parts = base / "src", parts[1:]
        package = parts[:1]
        path = base.joinpath(*package, f"{VENDORED_NAME}.py")
        return str(self.project.spell(path)), ".".join((*package, VENDORED_NAME))


def undeclared(
    files: Iterable[Path], helper_module: str, roots: Sequence[Root]
) -> list[Undeclared]:
    """The projects of ``files`` (fixed files) that would newly depend on
    k8s-lint: the helper module is ``k8s_lint.runtime`` and the project
    declares no k8s-lint among its run-time dependencies, or, where every
    fixed file of the project is one of its tests, among its test or
    development ones either.  A helper module of the project's own is its
    business (and is checked to exist before fixing).  Each file's project
    is looked for inside the run's project ``roots``, never above them."""
    if helper_module != DEFAULT_HELPER_MODULE:
        return []
    projects: dict[Root, list[Path]] = {}
    tests: dict[Root, bool] = {}
    for file in files:
        absolute = Path(os.path.abspath(file))
        # Each file is below a root; should one not be, it answers for its folder.
        top = next(
            (r for r in roots if absolute.is_relative_to(r.path)),
            Root(absolute.parent, file.parent),
        )
        root = project_root(absolute.parent, top.path)
        project = Root(root, top.spell(root))
        projects.setdefault(project, []).append(file)
        a_test = root_of_test(absolute, [top.path]) is not None
        tests[project] = tests.get(project, True) and a_test
    return [
        Undeclared(project, tuple(in_it), tests[project])
        for project, in_it in projects.items()
        if not declares(project.path, tests=tests[project])
    ]


def project_root(directory: Path, top: Path) -> Path:
    """The nearest folder from ``directory`` up to ``top`` (a project root of
    the run, at or above it) with a project file or a runtime requirements
    file; ``top`` itself when there is none."""
    for candidate in (directory, *directory.parents):
        if any((candidate / name).is_file() for name in PROJECT_FILES) or any(
            candidate.glob("requirements*.txt")
        ):
            return candidate
        if candidate == top:
            break
    return top


def declares(root: Path, tests: bool = False) -> bool:
    """Whether the project at ``root`` is k8s-lint itself, or declares it as
    a run-time dependency: ``[project] dependencies`` or Poetry's
    ``[tool.poetry.dependencies]`` in pyproject.toml, ``install_requires`` in
    setup.cfg, or a requirements file that is not a development one; with
    ``tests``, in a test or development group too (``test_groups``)."""
    if _mentions_k8s_lint(root / "setup.py"):
        return True  # code, not data: a mention is taken as a declaration
    names = _pyproject(root / "pyproject.toml") | _setup_cfg(root / "setup.cfg")
    for requirements in _requirements(root):
        names |= _requirement_names(requirements, set())
    if tests:
        for group in test_groups(root):
            names |= group.names
    return _normal(DISTRIBUTION) in names


# What projects call the dependencies their tests install, best first.
TEST_GROUP_NAMES = ("test", "tests", "testing", "dev", "develop", "development")


class Group(NamedTuple):
    """A test or development group of a project's manifest."""

    name: str  # test, dev, ... (for a requirements file: its stem)
    file: str  # from the project's folder: pyproject.toml, requirements-dev.txt, ...
    table: str | None  # where in the file: [project.optional-dependencies], ...
    kind: str  # "extra", "group", "file"
    names: frozenset[str]  # the normalised names it lists

    def describe(self, project: Root) -> str:
        file = project.spell(project.path / self.file)
        if self.kind == "file":
            return str(file)
        return f"the `{self.name}` {self.kind} ({self.table} in {file})"


def test_group(root: Path) -> Group | None:
    """The group a project's tests take their dependencies from: the best
    named of ``test_groups`` (test before dev), the pyproject.toml's before
    the requirements files'."""
    groups = test_groups(root)
    return min(groups, key=lambda g: TEST_GROUP_NAMES.index(g.name), default=None)


def test_groups(root: Path) -> list[Group]:
    """The test and development groups of the project's manifests, in this
    order: PEP 735 ``[dependency-groups]``, ``[project.optional-dependencies]``,
    PDM's ``[tool.pdm.dev-dependencies]``, Poetry's
    ``[tool.poetry.group.<name>.dependencies]`` and
    ``[tool.poetry.dev-dependencies]``, setup.cfg's
    ``[options.extras_require]``, then the requirements files named for one
    (``requirements-dev.txt``, ``requirements/test.txt``, ...)."""
    groups: list[Group] = []
    data = _toml(root / "pyproject.toml")
    pyproject = "pyproject.toml"
    tables: list[tuple[str, str, object]] = [
        ("group", "[dependency-groups]", data.get("dependency-groups")),
        (
            "extra",
            "[project.optional-dependencies]",
            _get(data, "project", "optional-dependencies"),
        ),
        ("group", "[tool.pdm.dev-dependencies]", _get(data, "tool", "pdm", "dev-dependencies")),
    ]
    for kind, table, value in tables:
        if isinstance(value, dict):
            for name, items in value.items():
                if _normal(name) in TEST_GROUP_NAMES and isinstance(items, list):
                    found = {n for i in items if isinstance(i, str) and (n := _requirement(i))}
                    groups.append(Group(_normal(name), pyproject, table, kind, frozenset(found)))
    poetry = _get(data, "tool", "poetry")
    if isinstance(poetry, dict):
        named = poetry.get("group")
        for name, group in (named if isinstance(named, dict) else {}).items():
            dependencies = group.get("dependencies") if isinstance(group, dict) else None
            if _normal(name) in TEST_GROUP_NAMES and isinstance(dependencies, dict):
                table = f"[tool.poetry.group.{name}.dependencies]"
                names = frozenset(_normal(n) for n in dependencies)
                groups.append(Group(_normal(name), pyproject, table, "group", names))
        dev = poetry.get("dev-dependencies")
        if isinstance(dev, dict):
            names = frozenset(_normal(n) for n in dev)
            groups.append(Group("dev", pyproject, "[tool.poetry.dev-dependencies]", "group", names))
    groups += _setup_cfg_extras(root / "setup.cfg")
    for path in _development_requirements(root):
        name = next(n for n in TEST_GROUP_NAMES if n in re.split(r"[-_.]", path.stem))
        names = frozenset(_requirement_names(path, set()))
        groups.append(Group(name, str(path.relative_to(root)), None, "file", names))
    return groups


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _get(data: object, *keys: str) -> object:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _setup_cfg_extras(path: Path) -> list[Group]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return []
    if not parser.has_section("options.extras_require"):
        return []
    groups = []
    for name, value in parser.items("options.extras_require"):
        if _normal(name) in TEST_GROUP_NAMES:
            names = frozenset(n for line in value.splitlines() if (n := _requirement(line)))
            table = "[options.extras_require]"
            groups.append(Group(_normal(name), "setup.cfg", table, "extra", names))
    return groups


def _development_requirements(directory: Path) -> list[Path]:
    """Requirements files named for tests or development: the ones the
    run-time check leaves out, by the name the advice can give."""
    found = [*directory.glob("requirements*.txt"), *directory.glob("requirements/*.txt")]
    return sorted(
        p for p in found if p.is_file() and set(TEST_GROUP_NAMES) & set(re.split(r"[-_.]", p.stem))
    )


def _mentions_k8s_lint(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"k8s[-_.]lint", text, re.IGNORECASE) is not None


def _requirements(directory: Path) -> list[Path]:
    found = [*directory.glob("requirements*.txt"), *directory.glob("requirements/*.txt")]
    return sorted(
        p for p in found if p.is_file() and not _DEVELOPMENT & set(re.split(r"[-_.]", p.stem))
    )


def _pyproject(path: Path) -> set[str]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return set()
    project = data.get("project", {})
    names = {_normal(project["name"])} if isinstance(project.get("name"), str) else set()
    dependencies = project.get("dependencies", [])
    if isinstance(dependencies, list):
        names |= {n for d in dependencies if isinstance(d, str) and (n := _requirement(d))}
    poetry = data.get("tool", {}).get("poetry", {})
    if isinstance(poetry.get("name"), str):
        names.add(_normal(poetry["name"]))
    if isinstance(poetry.get("dependencies"), dict):
        names |= {_normal(name) for name in poetry["dependencies"]}
    return names


def _setup_cfg(path: Path) -> set[str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return set()
    names = {_normal(parser.get("metadata", "name", fallback=""))}
    lines = parser.get("options", "install_requires", fallback="").splitlines()
    return names | {n for line in lines if (n := _requirement(line))}


def _requirement_names(path: Path, seen: set[Path]) -> set[str]:
    """Names in a requirements file and the files it includes with ``-r``."""
    seen.add(path.resolve())
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return set()
    names = set()
    for line in lines:
        line = line.split(" #", 1)[0].strip()
        included = re.match(r"(?:-r|--requirement)[\s=]+(\S+)", line)
        if included:
            other = path.parent / included.group(1)
            if other.resolve() not in seen:
                names |= _requirement_names(other, seen)
        elif name := _requirement(line):
            names.add(name)
    return names


def _requirement(line: str) -> str | None:
    """The normalised project name a requirement line names, if any:
    ``k8s-lint>=0.1``, ``k8s_lint @ git+...``, ``git+https://...#egg=k8s-lint``."""
    line = line.strip()
    egg = _EGG.search(line)
    if egg:
        return _normal(egg.group(1))
    if not line or line.startswith(("-", "#")) or "://" in line.split("@")[0]:
        return None
    name = _NAME.match(line)
    return _normal(name.group()) if name else None


def _normal(name: str) -> str:
    """PEP 503's normalised name: k8s_lint, K8s.Lint and k8s-lint are one."""
    return re.sub(r"[-_.]+", "-", name).lower()
