"""The runtime dependency fixed code gains (issue 13, item 2): a fix run says
when its fixed code would import ``k8s_lint.runtime`` from a project that does
not declare k8s-lint, and how to avoid it; a ``helper-module`` that does not
resolve stops the run before any file is rewritten; ``fix --vendor-helper``
vendors on first use and fixes against the copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from command import k8s_lint

FIXABLE = """\
def lookup(batch, namespace, name):
    return any(j.metadata.name == name for j in batch.list_namespaced_job(namespace).items)
"""
WARNING = "warning: the fixed code"
NO_MODULE = "ModuleNotFoundError: No module named 'k8s_lint'"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A src-layout project that depends on the client only."""
    return make(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "app"\ndependencies = ["kubernetes>=29"]\n',
            "src/app/__init__.py": "",
            "src/app/jobs.py": FIXABLE,
        },
    )


@pytest.mark.parametrize(
    ("options", "status"), [((), 0), (("--diff",), 1), (("--check",), 1)], ids=str
)
def test_a_new_dependency_is_named_with_both_ways_out(
    app: Path, options: tuple[str, ...], status: int
) -> None:
    result = k8s_lint("fix", *options, "src", cwd=app)
    assert result.returncode == status, result.stderr
    warning = result.stderr[result.stderr.index(WARNING) :]
    assert "k8s_lint.runtime" in warning and "pyproject.toml does not declare k8s-lint" in warning
    assert NO_MODULE in warning and "importing src/app/jobs.py fails" in warning
    assert "add k8s-lint to the project's dependencies" in warning
    assert 'helper-module = "app.k8s_read"' in warning
    vendoring = "k8s-lint vendor-helper" if not options else "k8s-lint fix --vendor-helper"
    assert f"`{vendoring} src/app/k8s_read.py`" in warning
    assert WARNING not in result.stdout, "stdout holds the diff (or report) alone"


def test_following_the_advice_makes_fixed_code_import_without_k8s_lint(app: Path) -> None:
    """The suggested vendor-helper path and helper-module, used as written: the
    fixed code imports the project's own module, which needs only the
    standard library (python -S: no site-packages at all)."""
    assert k8s_lint("vendor-helper", "src/app/k8s_read.py", cwd=app).returncode == 0
    with (app / "pyproject.toml").open("a") as pyproject:
        pyproject.write('[tool.k8s-lint]\nhelper-module = "app.k8s_read"\n')
    result = k8s_lint("fix", "src", cwd=app)
    assert result.returncode == 0, result.stderr
    assert WARNING not in result.stderr
    assert "from app.k8s_read import exists" in (app / "src/app/jobs.py").read_text()
    probe = "import app.jobs, app.k8s_read, sys; assert 'k8s_lint' not in sys.modules"
    imported = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        cwd=app, env={**os.environ, "PYTHONPATH": "src"}, capture_output=True, text=True,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr


@pytest.mark.parametrize(
    "declaration",
    [
        {"pyproject.toml": '[project]\nname = "a"\ndependencies = ["K8s_Lint>=0.1"]\n'},
        {
            "pyproject.toml": "[project]\nname = 'a'\n"
            "dependencies = ['k8s-lint @ git+https://example.invalid/k8s-lint@abc']\n"
        },
        {"pyproject.toml": '[tool.poetry]\nname = "a"\n[tool.poetry.dependencies]\nk8s_lint = "*"'},
        {"setup.cfg": "[metadata]\nname = a\n[options]\ninstall_requires =\n    k8s-lint==0.1\n"},
        {"setup.py": "from setuptools import setup\nsetup(install_requires=['k8s-lint'])\n"},
        {"requirements.txt": "kubernetes\nk8s-lint==0.1.0  # the runtime helper\n"},
        {"requirements.txt": "-r requirements/base.txt\n", "requirements/base.txt": "k8s_lint\n"},
        {"requirements.txt": "git+https://example.invalid/k8s-lint.git@abc#egg=k8s-lint\n"},
        {"pyproject.toml": '[project]\nname = "k8s-lint"\n'},  # k8s-lint itself
    ],
    ids=lambda d: next(iter(d)) + ":" + next(iter(d.values()))[:40],
)
def test_a_declared_dependency_is_no_news(tmp_path: Path, declaration: dict[str, str]) -> None:
    make(tmp_path, {**declaration, "jobs.py": FIXABLE})
    result = k8s_lint("fix", "--diff", "jobs.py", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert WARNING not in result.stderr


@pytest.mark.parametrize(
    "declaration",
    [
        {"requirements-dev.txt": "k8s-lint\n", "requirements.txt": "kubernetes\n"},
        {"requirements_test.txt": "k8s-lint\n"},
        {"pyproject.toml": '[project]\nname = "a"\noptional-dependencies = {lint = ["k8s-lint"]}'},
        {},  # no project file at all
    ],
    ids=["requirements-dev", "requirements_test", "optional-dependencies", "none"],
)
def test_a_development_dependency_does_not_reach_production(
    tmp_path: Path, declaration: dict[str, str]
) -> None:
    make(tmp_path, {**declaration, "jobs.py": FIXABLE})
    result = k8s_lint("fix", "--check", "jobs.py", cwd=tmp_path)
    assert WARNING in result.stderr and NO_MODULE in result.stderr


def test_each_project_of_a_monorepo_answers_for_itself(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "declared/requirements.txt": "k8s-lint\n",
            "declared/jobs.py": FIXABLE,
            "bare/pyproject.toml": '[project]\nname = "bare"\n',
            "bare/jobs.py": FIXABLE,
        },
    )
    result = k8s_lint("fix", "--diff", ".", cwd=tmp_path)
    assert result.stderr.count(WARNING) == 1
    assert "bare/pyproject.toml does not declare" in result.stderr
    assert "declared/" not in result.stderr


def test_a_helper_module_of_the_projects_own_is_its_business(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": '[tool.k8s-lint]\nhelper-module = "app.k8s_read"\n',
            "app/k8s_read/__init__.py": "",
            "jobs.py": FIXABLE,
        },
    )
    result = k8s_lint("fix", "--diff", "jobs.py", cwd=tmp_path)
    assert result.returncode == 1 and "+from app.k8s_read import exists" in result.stdout
    assert WARNING not in result.stderr


@pytest.mark.parametrize("options", [(), ("--diff",), ("--check",)], ids=str)
def test_a_helper_module_that_does_not_resolve_stops_before_any_rewrite(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": '[tool.k8s-lint]\nhelper-module = "app.k8s_raed"\n',
            "app/__init__.py": "",
            "app/k8s_read.py": "",
            "app/jobs.py": FIXABLE,
            "other.py": FIXABLE,
        },
    )
    before = snapshot(tmp_path)
    result = k8s_lint("fix", *options, ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "helper-module 'app.k8s_raed' does not resolve" in line
    assert "vendor-helper app/k8s_raed.py" in line
    assert snapshot(tmp_path) == before
    assert k8s_lint("check", ".", cwd=tmp_path).returncode == 1, "check writes no import"


@pytest.mark.parametrize(
    ("module", "files"),
    [
        ("app.k8s_read", {"src/app/k8s_read.py": ""}),  # src layout
        ("k8s_read", {"k8s_read.py": ""}),
        ("email.utils", {}),  # importable here (installed, or the standard library)
    ],
)
def test_a_helper_module_that_resolves(tmp_path: Path, module: str, files: dict[str, str]) -> None:
    config = f'[tool.k8s-lint]\nhelper-module = "{module}"\n'
    make(tmp_path, {**files, "pyproject.toml": config, "jobs.py": FIXABLE})
    result = k8s_lint("fix", "--check", "jobs.py", cwd=tmp_path)
    assert result.returncode == 1, result.stderr


def test_fix_vendor_helper_writes_on_first_use_and_fixes_against_it(app: Path) -> None:
    helper = app / "src/app/k8s_read.py"
    dry = k8s_lint("fix", "--diff", "--vendor-helper", "src/app/k8s_read.py", "src", cwd=app)
    assert dry.returncode == 1 and "+from app.k8s_read import exists" in dry.stdout
    assert not helper.exists(), "--diff writes nothing"
    result = k8s_lint("fix", "--vendor-helper", "src/app/k8s_read.py", "src", cwd=app)
    assert result.returncode == 0, result.stderr
    assert helper.read_text().startswith("# Vendored from k8s-lint ")
    assert "from app.k8s_read import exists" in (app / "src/app/jobs.py").read_text()
    assert WARNING not in result.stderr
    assert 'helper-module = "app.k8s_read"' in result.stderr, "says how later runs do the same"
    # A second run keeps the copy (its header says it is one).
    (app / "src/app/more.py").write_text(FIXABLE)
    helper.write_text(helper.read_text() + "# kept\n")
    again = k8s_lint("fix", "--vendor-helper", "src/app/k8s_read.py", "src", cwd=app)
    assert again.returncode == 0 and helper.read_text().endswith("# kept\n")


@pytest.mark.parametrize(
    ("path", "config", "why"),
    [
        ("app/mine.py", "", "not a vendored k8s-lint helper"),
        ("../outside.py", "", "not a .py module file under the project root"),
        ("app/missing/k8s_read.py", "", "no folder app/missing"),
        ("app/k8s_read.py", 'helper-module = "other.helpers"', "use one of them"),
    ],
)
def test_fix_vendor_helper_refuses_before_any_rewrite(
    tmp_path: Path, path: str, config: str, why: str
) -> None:
    root = make(
        tmp_path / "project",
        {
            "pyproject.toml": f"[tool.k8s-lint]\n{config}\n",
            "app/mine.py": "IMPORTANT = 1\n",
            "app/jobs.py": FIXABLE,
        },
    )
    before = snapshot(root)
    result = k8s_lint("fix", "--vendor-helper", path, "app", cwd=root)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("error: --vendor-helper") and why in line
    assert snapshot(root) == before


# Rewrites in the tests only (issue 18, item 2): the tests' dependency, in
# the group the project's manifest already has.

# Requirements files alone mark no project: the repository's top does.
REPOSITORY = {".git/HEAD": "ref: refs/heads/main\n"}
TEST_GROUPS = {
    "optional-dependencies": (
        {"pyproject.toml": '[project]\nname = "a"\n[project.optional-dependencies]\n'
         'docs = ["mkdocs"]\ntest = ["pytest"]\n'},
        "the `test` extra ([project.optional-dependencies] in pyproject.toml)",
    ),
    "dependency-groups": (
        {"pyproject.toml": '[project]\nname = "a"\n[dependency-groups]\ndev = ["pytest"]\n'},
        "the `dev` group ([dependency-groups] in pyproject.toml)",
    ),
    "requirements-dev": (
        {"requirements.txt": "kubernetes\n", "requirements-dev.txt": "pytest\n", **REPOSITORY},
        "requirements-dev.txt",
    ),
    "requirements_test": (
        {"requirements.txt": "kubernetes\n", "requirements_test.txt": "pytest\n", **REPOSITORY},
        "requirements_test.txt",
    ),
    "requirements/test": (
        {"requirements/base.txt": "kubernetes\n", "requirements/test.txt": "pytest\n",
         **REPOSITORY},
        "requirements/test.txt",
    ),
    "poetry-group": (
        {"pyproject.toml": '[tool.poetry]\nname = "a"\n'
         '[tool.poetry.group.tests.dependencies]\npytest = "*"\n'},
        "the `tests` group ([tool.poetry.group.tests.dependencies] in pyproject.toml)",
    ),
    "poetry-dev-dependencies": (
        {"pyproject.toml": '[tool.poetry]\nname = "a"\n'
         '[tool.poetry.dev-dependencies]\npytest = "*"\n'},
        "the `dev` group ([tool.poetry.dev-dependencies] in pyproject.toml)",
    ),
    "pdm": (
        {"pyproject.toml": '[project]\nname = "a"\n'
         '[tool.pdm.dev-dependencies]\ntest = ["pytest"]\n'},
        "the `test` group ([tool.pdm.dev-dependencies] in pyproject.toml)",
    ),
    "setup.cfg": (
        {"setup.cfg": "[metadata]\nname = a\n[options.extras_require]\ntesting =\n    pytest\n"},
        "the `testing` extra ([options.extras_require] in setup.cfg)",
    ),
}  # fmt: skip


@pytest.mark.parametrize("style", TEST_GROUPS)
def test_rewrites_all_in_the_tests_name_the_manifests_own_test_group(
    tmp_path: Path, style: str
) -> None:
    manifest, group = TEST_GROUPS[style]
    make(tmp_path, {**manifest, "tests/e2e/test_jobs.py": FIXABLE})
    result = k8s_lint("fix", "--diff", "tests/", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    warning = result.stderr[result.stderr.index("warning: the fixed tests would import") :]
    assert f"  - add k8s-lint to {group}, which the tests install, or" in warning
    assert "production images" not in warning and "run-time dependency" not in warning
    assert "`k8s-lint fix --vendor-helper tests/k8s_read.py`" in warning, "under the tests"


def test_a_test_group_that_declares_k8s_lint_is_enough_for_the_tests_alone(tmp_path: Path) -> None:
    make(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "a"\n[dependency-groups]\ntest = ["k8s-lint"]\n',
            "tests/test_jobs.py": FIXABLE,
            "app/jobs.py": FIXABLE,
        },
    )
    tests_only = k8s_lint("fix", "--diff", "tests/", cwd=tmp_path)
    assert tests_only.returncode == 1 and "warning: the fixed" not in tests_only.stderr
    both = k8s_lint("fix", "--diff", ".", cwd=tmp_path)
    assert WARNING in both.stderr and "does not declare k8s-lint as a run-time dependency" in (
        both.stderr
    ), "the code's rewrites need it at run time"


def test_tests_without_a_test_group_are_told_to_make_one(tmp_path: Path) -> None:
    make(tmp_path, {"pyproject.toml": '[project]\nname = "a"\n', "test_jobs.py": FIXABLE})
    result = k8s_lint("fix", "test_jobs.py", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning: the fixed tests import k8s_lint.runtime" in result.stderr
    assert "pyproject.toml does not declare k8s-lint for its tests" in result.stderr
    assert "add k8s-lint to the project's test dependencies (its manifest has no test" in (
        result.stderr
    )
