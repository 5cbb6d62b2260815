"""The README's set-up commands and install instructions, and the docs' CI
job, pre-commit and codemod examples (docs/ci.md, docs/pre-commit.md,
docs/migration.md), run as written from a fresh clone of this repository.

Only the placeholders are filled in: ``<repository URL>`` becomes the clone's
``file://`` URL, ``<commit>`` the commit under test and ``<path to a clone>``
the clone's path. Nothing needs the network beyond the package index (the
dependencies, and setuptools for the build).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from corpus_cases import fixed

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text()
DOCS = ROOT / "docs"
# Installing from the index and building the package: bounded, never hanging CI.
TIMEOUT = 600

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a clone"
)


def section(heading: str, text: str = README) -> str:
    """The text (the README's, or a page's) under ``heading``, up to the next
    heading of any level."""
    start = text.index(heading + "\n")
    following = re.search(r"^#", text[start + len(heading) :], re.M)
    end = start + len(heading) + following.start() if following else len(text)
    return text[start:end]


def page(name: str) -> str:
    """A page of the documentation site (docs/)."""
    return (DOCS / name).read_text()


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.M | re.S)


def run(command: str | list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a command (a string through bash, as a reader would paste it)."""
    result = subprocess.run(
        command,
        shell=isinstance(command, str),
        executable="/bin/bash" if isinstance(command, str) else None,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


class Clone:
    """A fresh clone, checked out at the working tree's state: ``git stash
    create`` makes a commit of uncommitted changes to tracked files (nothing
    when the tree is clean, as in CI), pushed into the clone as a branch."""

    def __init__(self, where: Path) -> None:
        self.path = where / "k8s-lint"
        run(["git", "clone", "-q", str(ROOT), str(self.path)], where)
        stash = run(["git", "stash", "create"], ROOT).strip()
        self.commit = stash or run(["git", "rev-parse", "HEAD"], ROOT).strip()
        run(["git", "push", "-q", str(self.path), f"{self.commit}:refs/heads/under-test"], ROOT)
        run(["git", "checkout", "-q", "under-test"], self.path)
        # file://localhost/...: pip before 24 rejects an empty host in `name @ git+file:`.
        self.url = f"file://localhost{self.path.resolve()}"

    def fill(self, text: str) -> str:
        return (
            text.replace("<repository URL>", self.url)
            .replace("<commit>", self.commit)
            .replace("<path to a clone>", str(self.path))
        )


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Clone:
    return Clone(tmp_path_factory.mktemp("clone"))


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, clone: Clone) -> dict[str, str]:
    """A new virtual environment where each line of the README's Install block
    ran in turn; its environment variables (its bin first on PATH)."""
    where = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", str(where)], where.parent)
    env = {**os.environ, "PATH": f"{where / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    env["VIRTUAL_ENV"] = str(where)
    install = blocks(section("## Install"), "sh")[0]
    # The docs' Install page gives the same lines: what runs here is what both say.
    assert blocks(section("## Installing it into a project", page("install.md")), "sh") == [install]
    for line in clone.fill(install).splitlines():
        run(line, where.parent, env)
        run("k8s-lint --version", where.parent, env)
    return env


def sample_project(where: Path) -> Path:
    project = where / "project"
    shutil.copytree(ROOT / "examples", project / "examples")
    return project


def test_readme_set_up_command_works_in_a_fresh_clone(clone: Clone) -> None:
    """The first command at the top of the README, verbatim, in the clone."""
    first, second = (b.strip() for b in blocks(README.split("## The problem")[0], "sh"))
    result = subprocess.run(
        first, shell=True, executable="/bin/bash", cwd=clone.path, capture_output=True,
        text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the examples are full of findings
    assert "examples/" in result.stdout and " KUB001 " in result.stdout
    # The second is the test suite itself: CI runs exactly it.
    assert second in (ROOT / ".ci" / "run").read_text()
    # The docs' Install page starts with the same two.
    assert blocks(section("## Trying it from a clone", page("install.md")), "sh") == [
        first + "\n",
        second + "\n",
    ]


def test_install_instructions_work_as_written(venv: dict[str, str], tmp_path: Path) -> None:
    """Both Install lines (git URL at a commit; a clone's path) install the
    command, the flake8 plugin and the codemods under k8s_lint only."""
    project = sample_project(tmp_path)
    result = subprocess.run(
        ["k8s-lint", "check", "examples"], cwd=project, env=venv, capture_output=True, text=True
    )
    assert result.returncode == 1 and " KUB001 " in result.stdout
    assert "k8s-lint: " in run("flake8 --version", project, venv)
    probe = (
        "import importlib.metadata as m, importlib.util as u\n"
        "print(u.find_spec('codemods') is None, u.find_spec('k8s_lint.codemods') is not None)\n"
        "d = m.distribution('k8s-lint')\n"
        "print(d.metadata['License-Expression'], [f.name for f in d.files if 'licenses' in str(f)])"
    )
    assert run(["python", "-c", probe], project, venv).splitlines() == [
        "True True",
        "Apache-2.0 ['LICENSE']",
    ]


def test_codemod_runs_from_the_installed_package_beside_a_projects_own_codemods(
    venv: dict[str, str], tmp_path: Path
) -> None:
    """A project with its own ``codemods`` package (libcst's usual name) still
    finds k8s-lint's command: through .libcst.codemod.yaml, and by full name."""
    project = tmp_path / "project"
    (project / "codemods").mkdir(parents=True)
    (project / "codemods" / "__init__.py").write_text("")
    (project / "codemods" / "mine.py").write_text("MINE = 1\n")
    (project / ".libcst.codemod.yaml").write_text(
        "modules: ['codemods', 'k8s_lint.codemods']\nrepo_root: '.'\n"
    )
    (project / "src").mkdir()
    jobs = project / "src" / "jobs.py"
    jobs.write_text(fixed("any").before)
    configured = "python -m libcst.tool codemod --no-format read_by_name.ReadByNameCommand src/"
    run(configured, project, venv)
    assert jobs.read_text() == fixed("any").after
    jobs.write_text(fixed("any").before)
    (project / ".libcst.codemod.yaml").unlink()
    guide = page("migration.md")
    by_name = next(line for line in guide.splitlines() if " -x k8s_lint.codemods." in line)
    run(by_name, project, venv)
    assert jobs.read_text() == fixed("any").after


def test_github_actions_job_runs_here(clone: Clone, venv: dict[str, str], tmp_path: Path) -> None:
    """The job's permissions keep checkout working; its run steps work as written."""
    gate = section("## With `k8s-lint check`", page("ci.md"))
    job = yaml.safe_load(blocks(gate, "yaml")[0])["jobs"]["k8s-lint"]
    assert job["permissions"] == {"contents": "read", "security-events": "write"}
    project = sample_project(tmp_path)
    steps = [clone.fill(s["run"]) for s in job["steps"] if "run" in s]
    assert [s.split()[:2] for s in steps] == [
        ["pip", "install"],
        ["k8s-lint", "check"],
        ["k8s-lint", "rbac"],
    ]
    codes = []
    for step in steps:
        result = subprocess.run(
            step, shell=True, executable="/bin/bash", cwd=project, env=venv,
            capture_output=True, text=True, timeout=TIMEOUT,
        )  # fmt: skip
        codes.append(result.returncode)
    assert codes == [0, 1, 1], "install; findings in the examples; a role lists without get"
    sarif = json.loads((project / "k8s-lint.sarif").read_text())
    assert sarif["runs"][0]["results"]


def test_pre_commit_examples_run_as_written(clone: Clone, tmp_path: Path) -> None:
    """The docs' hooks at a real ``rev:`` (a commit), and flake8's hook's
    ``additional_dependencies`` line (in a local hook: the flake8 repository
    itself is not reachable here)."""
    hooks, flake8_hook = blocks(section("# As a pre-commit hook", page("pre-commit.md")), "yaml")
    config = yaml.safe_load(clone.fill(hooks))
    flake8 = yaml.safe_load(clone.fill(flake8_hook))[0]["hooks"][0]
    # First: the fix hook after it rewrites the file.
    config["repos"].insert(
        0,
        {
            "repo": "local",
            "hooks": [
                {
                    "id": "flake8",
                    "name": "flake8",
                    "entry": "flake8",
                    "language": "python",
                    "types": ["python"],
                    "additional_dependencies": ["flake8", *flake8["additional_dependencies"]],
                }
            ],
        },
    )
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "jobs.py").write_text(fixed("any").before)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    run(["git", "init", "-q"], repo)
    run(["git", "add", "."], repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "home"), "PRE_COMMIT_COLOR": "never"}
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "jobs.py:2:49: KUB001" in out, "the check hook, and flake8 with the plugin"
    assert out.count("jobs.py:2:49: KUB001") == 2
    assert "files were modified by this hook" in out
    assert (repo / "jobs.py").read_text() == fixed("any").after


def test_flake8_select_hides_syntax_errors_as_the_docs_say(tmp_path: Path) -> None:
    """The caveat under the flake8 gate command: --select=KUB exits 0 on a
    syntax error and a missing path; --extend-select and k8s-lint check don't."""
    (tmp_path / "broken.py").write_text("def f(:\n")
    targets = ["broken.py", "missing.py"]

    def code(*command: str) -> tuple[int, str]:
        result = subprocess.run(
            [sys.executable, "-m", *command, *targets], cwd=tmp_path, capture_output=True,
            text=True,
        )  # fmt: skip
        return result.returncode, result.stdout

    assert code("flake8", "--select=KUB") == (0, "")
    status, out = code("flake8", "--extend-select=KUB")
    assert status == 1 and "E999" in out and "E902" in out
    assert code("k8s_lint", "check")[0] == 2
    caveat = section("## With flake8", page("ci.md"))
    assert "exits 0 on a file\nthat does not parse and on a path that does not exist" in caveat


def test_sarif_links_to_no_page_that_does_not_exist() -> None:
    """The package is not published: SARIF named its PyPI page, a 404."""
    from k8s_lint.report import sarif

    driver = json.loads(sarif([]))["runs"][0]["tool"]["driver"]
    assert "pypi.org" not in json.dumps(driver) and "informationUri" not in driver
