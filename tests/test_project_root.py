"""The project root comes from the named paths, not the current folder
(issue 16): the nearest folder at or above them with pyproject.toml,
setup.cfg, setup.py or .git, else the named path's own folder.  The scans that
look beyond the named files (the tests that mock a replaced list, the RBAC
manifests, the dependency advice) stay inside it, and ``check``, ``fix`` and
``rbac`` print the same, byte for byte, from whatever folder they are started,
given the same (absolute) paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from command import k8s_lint
from corpus_cases import fixed, unfixed

LOOKUP = fixed("any").before  # a list_namespaced_job searched by name: fixed with a read
LEFT = unfixed("watch_true_declined").code  # a finding fix leaves
MOCK = (
    "from unittest import mock\n\n\n"
    '@mock.patch("kubernetes.client.BatchV1Api.list_namespaced_job")\n'
    "def test_it(listing):\n    pass\n"
)
ROLE = """\
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: runner, namespace: ci}
rules:
  - {apiGroups: [batch], resources: [jobs], verbs: [list]}
"""
# A folder full of projects: ``small`` is the one the user names; it has no
# project file and no .git.  ``other`` has stale mocks, a role that lists
# jobs without get and a finding of its own, and the parent's .gitignore
# would hide ``small/generated/``: none of it is the run's business.
MACHINE = {
    ".gitignore": "generated/\n",
    "other/pyproject.toml": '[project]\nname = "other"\n',
    "other/jobs.py": LOOKUP,
    "other/tests/test_x.py": MOCK,
    "other/deploy/role.yaml": ROLE,
    "small/jobs.py": LOOKUP,
    "small/tests/test_jobs.py": MOCK,
    "small/deploy/role.yaml": ROLE,
    "small/generated/left.py": LEFT,
}
# ``k8s-lint`` with an audit hook that logs every file opened and every
# folder listed (os.walk lists with scandir) to the file $AUDIT_LOG.
AUDITED = """\
import atexit, os, sys
touched = []
def hook(event, args):
    if event in ("open", "os.scandir", "os.listdir") and isinstance(args[0], (str, bytes)):
        touched.append(os.path.abspath(os.fsdecode(args[0])))
def save():
    text = "\\n".join(touched)
    with open(os.environ["AUDIT_LOG"], "w") as log:
        log.write(text)
atexit.register(save)
sys.addaudithook(hook)
from k8s_lint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def no_marker_above(folder: Path) -> None:
    """The tests build projects without markers: skip where a folder above the
    temporary one has one (it would be their project root)."""
    for above in folder.resolve().parents:
        for marker in ("pyproject.toml", "setup.cfg", "setup.py", ".git"):
            if (above / marker).exists():
                pytest.skip(f"{above / marker} makes every temporary folder part of a project")


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    no_marker_above(tmp_path)
    return make(tmp_path / "parent", MACHINE)


def audited(*args: str | Path, cwd: Path, log: Path) -> subprocess.CompletedProcess[str]:
    """``k8s-lint ARGS`` in ``cwd``; ``-P``: the current folder is not on
    sys.path, so imports do not list it."""
    return subprocess.run(
        [sys.executable, "-P", "-c", AUDITED, *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "AUDIT_LOG": str(log)},
    )  # fmt: skip


def same_from_inside_and_above(machine: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``k8s-lint ARGS <small>`` (an absolute path) inside ``small`` and
    from its parent; assert both print the same and that the run from the
    parent opened and listed nothing under the parent but ``small``."""
    small = machine / "small"
    inside = audited(*args, small, cwd=small, log=machine.parent / "inside.log")
    above = audited(*args, small, cwd=machine, log=machine.parent / "above.log")
    assert "Traceback" not in inside.stderr + above.stderr, inside.stderr + above.stderr
    assert (above.returncode, above.stdout, above.stderr) == (
        inside.returncode,
        inside.stdout,
        inside.stderr,
    )
    touched = (machine.parent / "above.log").read_text().splitlines()
    strays = [
        path
        for path in touched
        if Path(path).is_relative_to(machine) and not Path(path).is_relative_to(small)
    ]
    assert strays == [], "read or listed what the run was not pointed at"
    assert str(machine / "other") not in above.stdout + above.stderr
    return above


def test_fix_diff_from_a_parent_folder_is_the_run_from_inside(machine: Path) -> None:
    """``fix --diff`` on a project without pyproject.toml or .git, started from
    a folder that holds another project with stale mocks and RBAC manifests:
    the same diff, stale mocks, RBAC verdict and summary as from inside, and
    nothing of the other project (nor the parent's .gitignore) is read."""
    result = same_from_inside_and_above(machine, "fix", "--diff")
    small = machine / "small"
    assert result.returncode == 1 and "+from k8s_lint.runtime import exists" in result.stdout
    assert f"{small}/tests/test_jobs.py:4: patches list_namespaced_job" in result.stderr
    assert f"RBAC: {small}/deploy/role.yaml:1: Role ci/runner grants list" in result.stderr
    assert "Would fix 1 finding in 1 file; 1 left." in result.stderr


@pytest.mark.parametrize("output_format", ["concise", "sarif"])
def test_check_from_a_parent_folder_is_the_run_from_inside(
    machine: Path, output_format: str
) -> None:
    """``check``: the same findings (and SARIF URIs, relative to the project
    root) from inside and from the parent; the parent's .gitignore, above the
    project, does not hide its files."""
    result = same_from_inside_and_above(machine, "check", "--output-format", output_format)
    assert result.returncode == 1
    if output_format == "sarif":
        run = json.loads(result.stdout)["runs"][0]
        uris = [
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
        ]
        assert uris == ["generated/left.py", "jobs.py"]
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == (machine / "small").as_uri() + "/"
    else:
        assert f"{machine}/small/generated/left.py:2:" in result.stdout


def test_rbac_from_a_parent_folder_is_the_run_from_inside(machine: Path) -> None:
    """``rbac``: the same verdicts, spelt as the named path is (absolute here),
    from inside and from the parent."""
    result = same_from_inside_and_above(machine, "rbac")
    assert result.returncode == 1
    assert result.stdout.startswith(f"{machine}/small/deploy/role.yaml:1:1: KUB100 ")


MARKERS = {
    "pyproject.toml": {"pyproject.toml": '[project]\nname = "app"\n'},
    "setup.cfg": {"setup.cfg": "[metadata]\nname = app\n"},
    "setup.py": {"setup.py": "from setuptools import setup\nsetup()\n"},
    ".git folder": {".git/HEAD": "ref: refs/heads/main\n"},
    ".git file (a worktree)": {".git": "gitdir: /elsewhere/.git/worktrees/app\n"},
}


@pytest.mark.parametrize("marker", MARKERS.values(), ids=MARKERS.keys())
def test_the_root_is_the_folder_with_a_project_file_or_git(
    tmp_path: Path, marker: dict[str, str]
) -> None:
    """Fixing ``app/src`` from another folder: the project root is ``app``,
    found by its marker (only .git, or only setup.cfg, ...), so the tests in
    ``app/tests`` are searched for stale mocks and ``app/deploy`` for roles."""
    no_marker_above(tmp_path)
    app = make(
        tmp_path / "app",
        {**marker, "src/jobs.py": LOOKUP, "tests/test_jobs.py": MOCK, "deploy/role.yaml": ROLE},
    )
    elsewhere = make(tmp_path / "elsewhere", {"notes.txt": ""})
    result = k8s_lint("fix", "--diff", app / "src", cwd=elsewhere)
    assert f"{app}/tests/test_jobs.py:4: patches list_namespaced_job" in result.stderr
    assert f"RBAC: {app}/deploy/role.yaml:1: Role ci/runner" in result.stderr


def test_the_nearest_marker_wins_over_a_git_folder_above(tmp_path: Path) -> None:
    """A repository (``.git`` at its top) holding a project with setup.cfg:
    fixing that project's code searches its own tests, not the repository's
    other tests (another project's business)."""
    no_marker_above(tmp_path)
    repo = make(
        tmp_path / "repo",
        {
            ".git/HEAD": "ref: refs/heads/main\n",
            "tests/test_repo.py": MOCK,
            "service/setup.cfg": "[metadata]\nname = service\n",
            "service/src/jobs.py": LOOKUP,
            "service/tests/test_jobs.py": MOCK,
        },
    )
    result = k8s_lint("fix", "--diff", "service/src", cwd=repo)
    assert "service/tests/test_jobs.py:4: patches" in result.stderr
    assert "test_repo.py" not in result.stderr


def test_paths_in_two_projects_search_each_project(tmp_path: Path) -> None:
    """Paths named in two projects: each project's tests are searched, and
    nothing of the folder that holds both (no project of its own)."""
    no_marker_above(tmp_path)
    make(
        tmp_path,
        {
            "tests/test_loose.py": MOCK,
            **{
                f"{name}/{file}": text
                for name in ("a", "b")
                for file, text in {
                    "pyproject.toml": f'[project]\nname = "{name}"\n',
                    "src/jobs.py": LOOKUP,
                    "tests/test_jobs.py": MOCK,
                }.items()
            },
        },
    )
    result = k8s_lint("fix", "--diff", "a/src", "b/src", cwd=tmp_path)
    assert "a/tests/test_jobs.py:4: patches" in result.stderr
    assert "b/tests/test_jobs.py:4: patches" in result.stderr
    assert "test_loose.py" not in result.stderr


def test_sarif_uris_are_relative_to_the_repository_top(tmp_path: Path) -> None:
    """Code scanning resolves a SARIF URI from the repository's top: in a
    repository holding a project of its own, the URIs start at the repository,
    whatever folder the run started from."""
    no_marker_above(tmp_path)
    repo = make(
        tmp_path / "repo",
        {
            ".git/HEAD": "ref: refs/heads/main\n",
            "service/pyproject.toml": '[project]\nname = "service"\n',
            "service/jobs.py": LOOKUP,
        },
    )
    for cwd in (repo, repo / "service", tmp_path):
        result = k8s_lint("check", "--output-format", "sarif", repo / "service", cwd=cwd)
        run = json.loads(result.stdout)["runs"][0]
        location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "service/jobs.py", "uriBaseId": "%SRCROOT%"}, cwd
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"


def test_stdin_takes_its_root_from_the_stdin_filename(machine: Path) -> None:
    """``-`` with ``--stdin-filename``: the file name locates the project, so
    the report is the same from anywhere."""
    small = machine / "small"
    args = ("check", "--output-format", "sarif", "--stdin-filename", small / "jobs.py", "-")
    runs = [k8s_lint(*args, stdin=LOOKUP, cwd=cwd) for cwd in (small, machine)]
    assert runs[0].stdout == runs[1].stdout and runs[0].returncode == 1
    run = json.loads(runs[0].stdout)["runs"][0]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "jobs.py",
        "uriBaseId": "%SRCROOT%",
    }


def test_the_repository_gitignore_applies_inside_a_project_nested_in_it(tmp_path: Path) -> None:
    """.gitignore files apply as git applies them, from the repository's top
    down, to a project nested in the repository: the same files are checked
    from outside the repository as from inside the project."""
    no_marker_above(tmp_path)
    repo = make(
        tmp_path / "repo",
        {
            ".git/HEAD": "ref: refs/heads/main\n",
            ".gitignore": "generated/\n",
            "service/pyproject.toml": '[project]\nname = "service"\n',
            "service/jobs.py": LOOKUP,
            "service/generated/left.py": LEFT,
        },
    )
    service = repo / "service"
    runs = [k8s_lint("check", service, cwd=cwd) for cwd in (tmp_path, service)]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.startswith(f"{service}/jobs.py:2:49: KUB001")
    assert "generated" not in runs[0].stdout


def test_a_path_that_does_not_exist_widens_nothing(machine: Path) -> None:
    """A named path that does not exist is reported, and its folder (here the
    parent, full of other projects) is no project root to search."""
    small, missing = machine / "small", machine / "missing.py"
    log = machine.parent / "audit.log"
    result = audited("fix", "--diff", small, missing, cwd=machine.parent, log=log)
    assert f"error: {missing}: no such file or directory" in result.stderr
    assert f"{small}/tests/test_jobs.py:4: patches" in result.stderr
    assert str(machine / "other") not in result.stdout + result.stderr
    touched = [Path(p) for p in log.read_text().splitlines()]
    assert [p for p in touched if p.is_relative_to(machine) and not p.is_relative_to(small)] == []


def test_project_roots_each_once_outermost_spelt_as_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roots of several paths: one per project, a root inside another
    left out (the outer walk covers it), each spelt as the first path that
    led to it: relative from the current folder, or absolute."""
    from k8s_lint.project import Root, project_roots

    no_marker_above(tmp_path)
    make(tmp_path, {"a/pyproject.toml": "", "a/src/m.py": "", "b/x.py": "", "c/.git/HEAD": ""})
    monkeypatch.chdir(tmp_path / "b")
    a, b, c = (tmp_path / name for name in "abc")
    named = [Path("../a/src"), a / "src" / "m.py", Path("x.py"), c, Path("../a")]
    assert project_roots(named) == [Root(a, Path("../a")), Root(b, Path(".")), Root(c, c)]
    assert project_roots([Path("../b"), Path("../a")]) == [
        Root(b, Path(".")),
        Root(a, Path("../a")),
    ]
    assert project_roots([Path(".."), Path("../a/src")]) == [Root(tmp_path, Path(".."))]
