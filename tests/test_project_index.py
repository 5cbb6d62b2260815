"""Lists returned by functions of other modules of the project (issue 17,
item 2): `check` and `fix` summarise the list-returning functions of every
file of the run, and a module importing one is analysed as if the list call
were written where it calls it.  The fixture project is `tests/project/`:
`app/lookups.py` searches what `app/k8s_helpers.py` returns, and
`app/lookups.fixed.py` is what `fix` makes of it; the behaviour of such
fixes in every cluster state is checked by the metamorphic variation
helper-other-module (tests/test_metamorphic.py)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from command import k8s_lint

from k8s_lint.engine import lint_text
from k8s_lint.flake8_plugin import Plugin
from k8s_lint.project_index import ProjectIndex

FIXTURE = Path(__file__).parent / "project"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(
        FIXTURE, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.fixed.py")
    )
    return tmp_path


def test_fix_rewrites_the_searches_of_imported_lists_and_nothing_else(project: Path) -> None:
    helpers = (project / "app" / "k8s_helpers.py").read_text()
    result = k8s_lint("fix", ".", cwd=project)
    expected = (FIXTURE / "app" / "lookups.fixed.py").read_text()
    assert (project / "app" / "lookups.py").read_text() == expected
    assert (project / "app" / "k8s_helpers.py").read_text() == helpers, "the helpers stay"
    # The project's test patches the helper the fixed code no longer calls:
    # fix says so, and what is left is that stale mock (KUB101) and the
    # search of the decorated helper's list, which says why it stays.
    assert "tests/lookups_suite.py:8: patches fetch_jobs, which app/lookups.py:" in result.stderr
    assert result.returncode == 1, result.stderr
    cached, stale = result.stdout.splitlines()
    assert cached.startswith("app/lookups.py:34:49: KUB001 ") and "(not fixed: " in cached
    assert stale.startswith("tests/lookups_suite.py:8:2: KUB101 fetch_jobs is mocked, but ")


def test_check_reports_at_the_call_and_the_flake8_plugin_sees_one_file(project: Path) -> None:
    """The plugin (one file at a time) has no index: it does not see what
    another module returns, as docs/ci.md says."""
    result = k8s_lint("check", "--output-format", "concise", ".", cwd=project)
    lines = [line for line in result.stdout.splitlines() if line.startswith("app/")]
    assert [line.split(": ")[0] for line in lines] == [
        "app/lookups.py:10:16",
        "app/lookups.py:16:16",
        "app/lookups.py:24:49",
        "app/lookups.py:34:49",
    ]
    assert lines[0].endswith("(listed by fetch_jobs())"), "the line shows the helper's call"
    assert lines[3].endswith("whose decorator may change what it returns or raises)")
    source = (project / "app" / "lookups.py").read_text()
    plugin = Plugin(ast.parse(source), source.splitlines(keepends=True))
    assert list(plugin.run()) == []


def test_only_the_files_of_the_run_are_indexed(project: Path) -> None:
    """Checking lookups.py alone, its helpers' module is not read."""
    result = k8s_lint("check", "app/lookups.py", cwd=project)
    assert result.returncode == 0, result.stdout
    index = ProjectIndex.build([project / "app" / "lookups.py"])
    assert not index


def test_imports_resolve_to_the_module_files(project: Path) -> None:
    """`from .m import f`, `from pkg import m` then `m.f`, `import pkg.m as m`,
    `from pkg.m import f as g`; a function that reads a name of its own
    module is summarised only where the name is bound once to a literal, a
    decorated one with the reason it is not fixed."""
    index = ProjectIndex.build(sorted(project.rglob("*.py")))
    lookups = project / "app" / "lookups.py"
    tree = ast.parse(
        "from .k8s_helpers import fetch_jobs\n"
        "from app import k8s_helpers\n"
        "import app.k8s_helpers as helpers\n"
        "from app.k8s_helpers import pod_items as items\n"
        "from app.missing import fetch_jobs as other\n"
    )
    imported = index.imported(lookups, tree)
    assert sorted(imported) == [
        "fetch_jobs",
        "helpers.cached_jobs",
        "helpers.fetch_jobs",
        "helpers.jobs_in_default",
        "helpers.pod_items",
        "items",
        "k8s_helpers.cached_jobs",
        "k8s_helpers.fetch_jobs",
        "k8s_helpers.jobs_in_default",
        "k8s_helpers.pod_items",
    ]
    assert imported["items"].name == "pod_items"
    assert imported["helpers.cached_jobs"].blocker is not None
    assert '"jobs"' in imported["helpers.jobs_in_default"].text


def test_a_file_that_only_calls_a_helper_passes_the_cheap_test_only_with_the_index(
    project: Path,
) -> None:
    index = ProjectIndex.build(sorted(project.rglob("*.py")))
    text = "from app.k8s_helpers import fetch_jobs\n\n\ndef f(b, ns, n):\n"
    text += "    return any(j.metadata.name == n for j in fetch_jobs(b, ns).items)\n"
    filename = str(project / "app" / "other.py")
    assert lint_text(text, filename) == []
    assert [f.rule.code for f in lint_text(text, filename, project=index)] == ["KUB001"]
    assert not index.mentioned("import os\n")


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


HELPER = "def list_jobs(batch, ns):\n    return batch.list_namespaced_job(ns)\n"
LOOKUP = (
    "def lookup(batch, ns, name):\n"
    "    return any(j.metadata.name == name for j in list_jobs(batch, ns).items)\n"
)


def codes(root: Path, *args: str) -> list[str]:
    result = k8s_lint("check", "--output-format", "concise", *args, ".", cwd=root)
    return [line for line in result.stdout.splitlines() if ": KUB" in line]


def test_a_str_type_with_its_own_eq_elsewhere_in_the_run_makes_fixes_unsafe(
    tmp_path: Path,
) -> None:
    """A name may be of that type if something passes one in: the fix is
    unsafe, saying which file defines it (in that file itself, declined)."""
    write(tmp_path, {"k8s.py": HELPER, "use.py": "from k8s import list_jobs\n\n\n" + LOOKUP})
    assert ["unsafe fix" not in line for line in codes(tmp_path)] == [True]
    names = "class JobName(str):\n    def __eq__(self, other):\n        return True\n"
    names += "\n    __hash__ = str.__hash__\n"
    write(tmp_path, {"names.py": names})
    (line,) = codes(tmp_path)
    assert "unsafe fix" in line and "names.py defines a str type with its own __eq__" in line


@pytest.mark.parametrize(
    "replacement",
    [
        "import k8s\n\nk8s.list_jobs = lambda batch, ns: "
        "batch.list_namespaced_job(ns, label_selector='a=b')\n",
        "import k8s\n\nsetattr(k8s, 'list_jobs', print)\n",
    ],
)
def test_a_function_another_file_replaces_at_run_time_is_not_inlined(
    tmp_path: Path, replacement: str
) -> None:
    write(tmp_path, {"k8s.py": HELPER, "use.py": "from k8s import list_jobs\n\n\n" + LOOKUP})
    assert len(codes(tmp_path)) == 1
    write(tmp_path, {"plugin.py": replacement})
    assert codes(tmp_path) == []
    before = (tmp_path / "use.py").read_text()
    k8s_lint("fix", ".", cwd=tmp_path)
    assert (tmp_path / "use.py").read_text() == before


def test_a_method_another_file_replaces_is_not_inlined(tmp_path: Path) -> None:
    store = (
        "class Store:\n    def __init__(self, batch, ns):\n        self.batch = batch\n"
        "        self.ns = ns\n\n    def jobs(self):\n"
        "        return self.batch.list_namespaced_job(self.ns)\n\n\n"
        "def lookup(batch, ns, name):\n"
        "    return any(j.metadata.name == name for j in Store(batch, ns).jobs().items)\n"
    )
    write(tmp_path, {"store.py": store})
    assert len(codes(tmp_path)) == 1
    write(tmp_path, {"patch.py": "import store\n\nstore.Store.jobs = lambda self: []\n"})
    assert codes(tmp_path) == []
    k8s_lint("fix", ".", cwd=tmp_path)
    assert (tmp_path / "store.py").read_text() == store


def test_absolute_imports_resolve_as_python_does(tmp_path: Path) -> None:
    """In a package, ``from k8s import f`` is the top-level k8s.py, not the
    package's own k8s.py; ``from pkg import k8s`` is what pkg/__init__.py
    binds, when it binds that name."""
    selected = "def list_jobs(batch, ns):\n"
    selected += "    return batch.list_namespaced_job(ns, label_selector='app=web')\n"
    write(
        tmp_path,
        {
            "k8s.py": HELPER,
            "pkg/__init__.py": "",
            "pkg/k8s.py": selected,
            "pkg/use.py": "from k8s import list_jobs\n\n\n" + LOOKUP,
        },
    )
    (line,) = codes(tmp_path)
    assert line.startswith("pkg/use.py") and "KUB001" in line, "the top-level helper: a read"
    write(
        tmp_path,
        {
            "pkg/__init__.py": "from . import k8s_web as k8s\n",
            "pkg/k8s_web.py": selected,
            "pkg/use.py": "from pkg import k8s\n\n\n"
            + LOOKUP.replace("list_jobs(", "k8s.list_jobs("),
        },
    )
    assert codes(tmp_path) == [], "pkg/__init__.py binds k8s: not known which module it is"


def test_a_dynamic_clients_bare_get_returned_over_two_lines_is_indexed(tmp_path: Path) -> None:
    """``resource.get()`` with no argument is how the dynamic client lists
    every object (the calling module's markers say whether it is one), and
    a ``return`` whose brackets stay open goes on to the next line: both
    pass the cheap test that decides which files are parsed."""
    helpers = "def fetch_objects(resource):\n    return (resource\n        .get())\n"
    lookup = (
        "from kubernetes.dynamic import DynamicClient\n\n"
        "from helpers import fetch_objects\n\n\n"
        "def lookup(api: DynamicClient, name):\n"
        '    jobs = api.resources.get(api_version="batch/v1", kind="Job")\n'
        "    return any(j.metadata.name == name for j in fetch_objects(jobs).items)\n"
    )
    write(tmp_path, {"helpers.py": helpers, "use.py": lookup})
    (line,) = codes(tmp_path)
    assert (
        line.startswith("use.py:8:") and "KUB005" in line and "(listed by fetch_objects())" in line
    )


def test_a_module_name_another_file_rebinds_is_not_written_as_its_literal(
    tmp_path: Path,
) -> None:
    helper = 'NAMESPACE = "jobs"\n\n\ndef list_jobs(batch):\n'
    helper += "    return batch.list_namespaced_job(NAMESPACE)\n"
    lookup = LOOKUP.replace("list_jobs(batch, ns)", "list_jobs(batch)")
    write(tmp_path, {"k8s.py": helper, "use.py": "from k8s import list_jobs\n\n\n" + lookup})
    assert len(codes(tmp_path)) == 1
    write(tmp_path, {"conftest.py": "import k8s\n\nsetattr(k8s, 'NAMESPACE', 'other')\n"})
    assert codes(tmp_path) == []
