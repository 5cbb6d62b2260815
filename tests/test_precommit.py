"""The pre-commit hooks, run by the real pre-commit against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_cases import clean, fixed

ROOT = Path(__file__).parent.parent
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook's environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def repo_with(tmp_path: Path, files: dict[str, str]) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for name, text in files.items():
        (repo / name).write_text(text)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    return repo


def try_repo(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
    )


def test_check_hook_fails_and_names_the_finding(tmp_path: Path, home: Path) -> None:
    repo = repo_with(tmp_path, {"jobs.py": fixed("any").before})
    result = try_repo(repo, "k8s-lint", home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "jobs.py:2:49: KUB001 list_namespaced_job() searched by name" in result.stdout


def test_fix_hook_rewrites_and_fails_because_files_changed(tmp_path: Path, home: Path) -> None:
    repo = repo_with(tmp_path, {"jobs.py": fixed("any").before})
    result = try_repo(repo, "k8s-lint-fix", home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert (repo / "jobs.py").read_text() == fixed("any").after


@pytest.mark.parametrize("hook", ["k8s-lint", "k8s-lint-fix"])
def test_clean_file_passes(tmp_path: Path, home: Path, hook: str) -> None:
    repo = repo_with(tmp_path, {"clean.py": clean("prefix").code})
    result = try_repo(repo, hook, home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (repo / "clean.py").read_text() == clean("prefix").code
