"""The helper import and wrapped lines as the project's isort and formatter
want them: fixed files stay isort-clean (ruff's I001) with the project's
settings, and a finding's JSON edits alone make code that runs.

The corpus (tests/corpus/) shows the placements without configuration; the
cases here need a project around the file: first-party modules, configured
line lengths, tabs, a shebang.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path
from typing import Any

import pytest
from command import k8s_lint
from corpus_cases import CASES
from fake_api import NAMESPACE, STATES, TARGET, AsyncFakeApi, FakeApi, outcome, same_outcome

from k8s_lint.config import DEFAULT_LINE_LENGTH, load
from k8s_lint.engine import fix_text

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "tests" / "corpus"


def ruff_project(path: Path, settings: str = "") -> Path:
    """A project outside the repository (so k8s_lint is third-party, as in a
    user's project) with the repository's line length and isort settings, or
    ``settings`` as its own pyproject.toml."""
    if not settings:
        ruff = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]
        isort = ruff.get("lint", {}).get("isort", {})
        settings = "\n".join(
            [
                f"[tool.ruff]\nline-length = {ruff.get('line-length', 88)}",
                "[tool.ruff.lint.isort]",
                *(f"{key} = {json.dumps(value)}" for key, value in isort.items()),
            ]
        )
    path.mkdir(parents=True, exist_ok=True)
    (path / "pyproject.toml").write_text(settings + "\n")
    return path


def unsorted(project: Path) -> set[Path]:
    """The files of ``project`` whose imports ruff's isort would change."""
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--exit-zero"]
    result = subprocess.run(
        [*ruff, "--select", "I001", "--output-format", "json", "."],
        capture_output=True,
        text=True,
        cwd=project,
        check=True,
    )
    return {Path(item["filename"]).resolve() for item in json.loads(result.stdout)}


# --- the corpus ---------------------------------------------------------------


def test_fixed_corpus_files_stay_isort_clean(tmp_path: Path) -> None:
    """Every expected file of the corpus (what the tool makes of realistic
    code) is I001-clean where the code was."""
    project = ruff_project(tmp_path / "project")
    pairs = []
    for expected in sorted(CORPUS.rglob("*.*.py")):
        original = expected.with_name(expected.name.split(".")[0] + ".py")
        group = project / expected.parent.name
        group.mkdir(exist_ok=True)
        for path in (original, expected):
            shutil.copy(path, group / path.name)
        pairs.append(((group / original.name).resolve(), (group / expected.name).resolve()))
    dirty = unsorted(project)
    checked = [fixed for original, fixed in pairs if original not in dirty]
    assert len(checked) > 150, "most of the corpus is isort-clean as written"
    assert [p.relative_to(project.resolve()) for p in checked if p in dirty] == []


# --- where the import goes, with a project around the file -------------------


def fixed_in(project: Path, relative: str, code: str) -> str:
    """``code`` written at ``relative`` in ``project``, fixed with the
    project's configuration, and checked: it compiles and ruff's isort has
    nothing to change."""
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(code)
    result = fix_text(code, str(path), config=load(path))
    assert result.fixed, "the case has a fix"
    compile(result.text, relative, "exec")
    path.write_text(result.text)
    assert path.resolve() not in unsorted(project), result.text
    return result.text


LOOKUP = """\
def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
"""
FIXED_LOOKUP = """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
"""
PYPROJECT = '[tool.ruff.lint]\nselect = ["I"]\n'


def test_a_vendored_helper_goes_in_the_first_party_section(tmp_path: Path) -> None:
    """helper-module in the project: the import joins the project's own
    imports (after the third-party ones), or starts that section."""
    project = ruff_project(tmp_path, PYPROJECT + '[tool.k8s-lint]\nhelper-module = "app.k8s"\n')
    (project / "app").mkdir()
    (project / "app" / "__init__.py").write_text("")
    assert k8s_lint("vendor-helper", "app/k8s.py", cwd=project).returncode == 0
    (project / "app" / "settings.py").write_text("TIMEOUT = 30\n")
    header = "import logging\n\nfrom kubernetes import client\n"
    settings = "from app.settings import TIMEOUT\n"
    joined = fixed_in(project, "app/jobs.py", f"{header}\n{settings}\n\n{LOOKUP}")
    assert joined == f"{header}\nfrom app.k8s import exists\n{settings}\n\n{FIXED_LOOKUP}"
    started = fixed_in(project, "app/pods.py", f"{header}\n\n{LOOKUP}")
    assert started == f"{header}\nfrom app.k8s import exists\n\n\n{FIXED_LOOKUP}"


@pytest.mark.parametrize(
    "settings",
    [
        '[tool.ruff.lint.isort]\nknown-first-party = ["platform_k8s"]\n',
        '[tool.ruff.isort]\nknown-first-party = ["platform_*"]\n',
        '[tool.isort]\nknown_first_party = ["platform_k8s"]\n',
    ],
    ids=["ruff", "ruff-older-table-glob", "isort"],
)
def test_known_first_party_is_honoured(tmp_path: Path, settings: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        settings + '[tool.k8s-lint]\nhelper-module = "platform_k8s.read"\n'
    )
    code = f"from kubernetes import client\n\n\n{LOOKUP}"
    path = project / "jobs.py"
    fixed = fix_text(code, str(path), config=load(path)).text
    assert fixed.startswith(
        "from kubernetes import client\n\nfrom platform_k8s.read import exists\n\n\n"
    )


@pytest.mark.parametrize("table", ["tool.ruff", "tool.black"])
def test_line_length_comes_from_the_formatter(tmp_path: Path, table: str) -> None:
    """A 100-character rewritten line stays on one line at line-length 120;
    at the default (79, where nothing is configured) it is wrapped."""
    code = textwrap.dedent(
        """\
        from kubernetes import client


        def deployment(apps: client.AppsV1Api, namespace: str, name: str):
            for deployment in apps.list_namespaced_deployment(namespace, _request_timeout=30).items:
                if deployment.metadata.name == name:
                    return deployment
            return None
        """
    )
    call = (
        "read_or_none(apps.read_namespaced_deployment, name=name, namespace=namespace,"
        " _request_timeout=30)"
    )
    wide = fixed_in(
        ruff_project(tmp_path / "wide", f"[{table}]\nline-length = 120\n"), "a.py", code
    )
    assert f"    return {call}\n" in wide
    narrow = fixed_in(ruff_project(tmp_path / "narrow", "[tool.isort]\n"), "a.py", code)
    assert f"    return {call}\n" not in narrow
    assert "    return read_or_none(\n        apps.read_namespaced_deployment,\n" in narrow
    assert max(len(line) for line in narrow.splitlines() if "def " not in line) <= 79


TABS = """\
from kubernetes import client


class Launcher:
\tdef __init__(self, api: client.CoreV1Api, namespace: str) -> None:
\t\tself.api = api
\t\tself.namespace = namespace

\tdef config(self, name):
\t\tfor cm in self.api.list_namespaced_config_map(self.namespace, _request_timeout=30).items:
\t\t\tif cm.metadata.name == name:
\t\t\t\treturn cm
\t\treturn None

\tdef pods(self, name):
\t\tpods = self.api.list_namespaced_pod(self.namespace, label_selector="app=etl")
\t\treturn [p for p in pods.items if p.metadata.name == name]
"""


def test_a_tab_indented_file_gets_tabs_only(tmp_path: Path) -> None:
    """Split calls (a read, a list call KUB005 adds its argument to) and the
    wrapped import use the file's tab, never spaces."""
    project = ruff_project(tmp_path, PYPROJECT + "[tool.ruff]\nline-length = 50\n")
    fixed = fixed_in(project, "launcher.py", TABS)
    assert not [line for line in fixed.splitlines() if re.match(r"\t* ", line)]
    assert fixed.startswith(
        "from k8s_lint.runtime import (\n\tname_selector,\n\tread_or_none,\n)\n"
        "from kubernetes import client\n"
    )
    assert "\t\treturn read_or_none(\n\t\t\tself.api.read_namespaced_config_map,\n" in fixed
    assert (
        "\t\tpods = self.api.list_namespaced_pod(\n\t\t\tself.namespace,\n"
        '\t\t\tlabel_selector="app=etl",\n\t\t\tfield_selector=name_selector(name),\n\t\t)\n'
    ) in fixed


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            f"#!/usr/bin/env python3\nfrom kubernetes import client\n\n\n{LOOKUP}",
            "#!/usr/bin/env python3\nfrom k8s_lint.runtime import exists\n"
            f"from kubernetes import client\n\n\n{FIXED_LOOKUP}",
        ),
        (
            f"#!/usr/bin/env python3\n{LOOKUP}",
            f"#!/usr/bin/env python3\nfrom k8s_lint.runtime import exists\n\n\n{FIXED_LOOKUP}",
        ),
        (
            f"import sys\n\n\n{LOOKUP}\n\nprint(lookup(*sys.argv))\n",
            f"import sys\n\nfrom k8s_lint.runtime import exists\n\n\n{FIXED_LOOKUP}\n\n"
            "print(lookup(*sys.argv))\n",
        ),
        (
            f"NAMESPACE = 'jobs'\n\n\n{LOOKUP}",
            f"from k8s_lint.runtime import exists\n\nNAMESPACE = 'jobs'\n\n\n{FIXED_LOOKUP}",
        ),
        (
            f'"""Jobs."""\n{LOOKUP}',
            f'"""Jobs."""\n\nfrom k8s_lint.runtime import exists\n\n\n{FIXED_LOOKUP}',
        ),
        (  # a local `exists`: the helper comes as k8s_runtime.exists
            "import kubernetes\nfrom kubernetes import client\n\n\n"
            + LOOKUP.replace("return any", "exists = any")
            + "    return exists\n",
            "import k8s_lint.runtime as k8s_runtime\nimport kubernetes\n"
            "from kubernetes import client\n\n\ndef lookup(api, namespace, name):\n"
            "    exists = k8s_runtime.exists(\n"
            "        api.read_namespaced_job, name=name, namespace=namespace\n"
            "    )\n    return exists\n",
        ),
    ],
    ids=[
        "shebang-above-an-import",
        "shebang-no-imports",
        "stdlib",
        "constant-first",
        "docstring",
        "straight-import-first",
    ],
)
def test_placement_around_the_file_top(tmp_path: Path, code: str, expected: str) -> None:
    assert fixed_in(ruff_project(tmp_path, PYPROJECT), "a.py", code) == expected


def test_a_long_merged_import_is_wrapped_as_isort_does(tmp_path: Path) -> None:
    """The names added to an existing import wrap it, its comment after the
    parenthesis, when the line would be too long."""
    project = ruff_project(tmp_path, PYPROJECT + "[tool.ruff]\nline-length = 60\n")
    code = textwrap.dedent(
        """\
        from k8s_lint.runtime import exists  # the read helpers

        EXISTS = exists


        def lookup(api, namespace, name):
            pods = api.list_namespaced_pod(namespace).items
            return next((p for p in pods if p.metadata.name == name), None)
        """
    )
    fixed = fixed_in(project, "a.py", code)
    assert fixed.startswith(
        "from k8s_lint.runtime import (  # the read helpers\n    exists,\n    read_or_none,\n)\n"
    )


# --- configuration -------------------------------------------------------------


@pytest.mark.parametrize(
    ("pyproject", "line_length", "first_party", "src"),
    [
        (None, DEFAULT_LINE_LENGTH, (), ()),
        ("[project]\nname = 'x'\n", DEFAULT_LINE_LENGTH, (), (".", "src")),
        ("[tool.ruff]\nline-length = 120\n", 120, (), (".", "src")),
        ("[tool.ruff]\nsrc = ['lib']\n[tool.black]\nline-length = 100\n", 100, (), ("lib",)),
        ("[tool.ruff.lint.isort]\nknown-first-party = ['a', 'b']\n", 79, ("a", "b"), (".", "src")),
        ("[tool.isort]\nline_length = 90\nknown_first_party = ['a']\n", 90, ("a",), (".", "src")),
        ("[tool.ruff]\nline-length = 'wide'\n", DEFAULT_LINE_LENGTH, (), (".", "src")),
    ],
    ids=["none", "no-tool", "ruff", "black-and-ruff-src", "ruff-isort", "isort", "bad-value"],
)
def test_style_settings_are_read(
    tmp_path: Path,
    pyproject: str | None,
    line_length: int,
    first_party: tuple[str, ...],
    src: tuple[str, ...],
) -> None:
    if pyproject is not None:
        (tmp_path / "pyproject.toml").write_text(pyproject)
    (tmp_path / "pkg").mkdir()
    config = load(tmp_path / "pkg")
    assert config.line_length == line_length
    assert config.known_first_party == first_party
    assert config.src == tuple(tmp_path.resolve() / s for s in src)


def test_style_comes_from_where_ruff_finds_it(tmp_path: Path) -> None:
    """A sub-project's [tool.k8s-lint] table without formatter settings: the
    ruff settings above it apply, and their folder is the project root."""
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 110\n")
    sub = tmp_path / "service"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[tool.k8s-lint]\nignore = ['KUB006']\n")
    config = load(sub)
    assert (config.ignore, config.line_length) == (("KUB006",), 110)
    assert config.src[0] == tmp_path.resolve()


# --- JSON edits ------------------------------------------------------------------


def _offset(text: str, position: dict[str, int]) -> int:
    lines = text.splitlines(keepends=True)
    return sum(map(len, lines[: position["row"] - 1])) + position["column"] - 1


def _applied(text: str, edits: list[dict[str, Any]]) -> str:
    spans = [(_offset(text, e["location"]), _offset(text, e["end_location"]), e) for e in edits]
    for start, end, edit in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
        text = text[:start] + edit["content"] + text[end:]
    return text


def _load(code: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<case>", "exec"), namespace)
    return namespace["lookup"]


FIXABLE = [c for c in CASES if c.fixed is not None or c.unsafe is not None]


def test_the_json_edits_of_one_finding_alone_make_code_that_runs(tmp_path: Path) -> None:
    """A consumer applying one finding's `fix.edits` (the helper import
    among them) gets code that runs as the original did (safe fixes), or at
    least finds every name it calls (unsafe ones)."""
    for index, case in enumerate(FIXABLE):
        (tmp_path / f"case_{index}.py").write_text(case.source)
    result = k8s_lint("check", "--output-format", "json", ".", cwd=tmp_path)
    items = [i for i in json.loads(result.stdout) if i["fix"] is not None]
    assert len(items) > len(FIXABLE)
    for item in items:
        case = FIXABLE[int(item["filename"].removesuffix(".py").split("_")[1])]
        fixed = _applied(case.source, item["fix"]["edits"])
        after = _load(fixed)
        if item["fix"]["applicability"] == "safe":
            for state in STATES:
                same_outcome(_load(case.source), after, state, NAMESPACE, TARGET)
        else:
            api = (AsyncFakeApi if asyncio.iscoroutinefunction(after) else FakeApi)(STATES[0])
            assert "NameError" not in str(outcome(after, api, NAMESPACE, TARGET))


# --- KUB005's added argument, as docs/fix-safety.md says -----------------------

SELECTOR = "field_selector=name_selector(name)"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            "api.list_node(label_selector=s)",
            f"api.list_node(label_selector=s, {SELECTOR})",
        ),
        (
            "api.list_node(label_selector=s,\n                      timeout_seconds=3)",
            f"api.list_node(\n        label_selector=s, timeout_seconds=3, {SELECTOR}\n    )",
        ),
        (
            "api.list_node(label_selector=s, timeout_seconds=30)",
            "api.list_node(\n        label_selector=s,\n        timeout_seconds=30,\n"
            f"        {SELECTOR},\n    )",
        ),
        (
            "api.list_node(\n        label_selector=s,\n        timeout_seconds=3,\n    )",
            "api.list_node(\n        label_selector=s,\n        timeout_seconds=3,\n"
            f"        {SELECTOR},\n    )",
        ),
    ],
    ids=["fits", "arguments-on-one-line", "one-per-line", "magic-trailing-comma"],
)
def test_kub005_adds_its_argument_after_the_others(call: str, expected: str) -> None:
    """After the last argument, the call laid out as black lays it out: on
    one line where it fits, else its arguments on one indented line, else one
    per line; a trailing comma keeps them one per line (a visual indent
    goes)."""
    search = "return [n for n in nodes.items if n.metadata.name == name]"
    code = f"def lookup(api, s, name):\n    nodes = {call}\n    {search}\n"
    fixed = fix_text(code).text
    assert f"    nodes = {expected}\n" in fixed
    assert max(len(line) for line in fixed.splitlines()) <= DEFAULT_LINE_LENGTH
