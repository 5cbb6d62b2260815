"""The test environment's lock (requirements/test.txt) and pyproject.toml agree.

The lock is what the test command and CI install with ``--no-deps``; these
tests fail when pyproject.toml asks for a package the lock does not pin, or
pins outside the declared range, so the lock cannot silently drift from what
the project declares.  (That the lock is complete, every dependency of every
pinned package included, is ``pip check`` in the test command itself.)
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).parent.parent
LOCK = ROOT / "requirements" / "test.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def pins() -> dict[str, str]:
    """Package name to pinned version, from the lock's ``name==version`` lines."""
    found = {}
    for line in LOCK.read_text().splitlines():
        match = re.match(r"([A-Za-z0-9._-]+)==([^\s;]+)", line)
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def declared() -> list[str]:
    project = PYPROJECT["project"]
    build = PYPROJECT["build-system"]["requires"]
    return [*project["dependencies"], *project["optional-dependencies"]["test"], *build]


@pytest.mark.parametrize("requirement", declared())
def test_every_declared_requirement_is_pinned_within_its_range(requirement: str) -> None:
    """Each runtime, test and build requirement has one pin that satisfies it."""
    parsed = Requirement(requirement)
    version = pins().get(canonicalize_name(parsed.name))
    assert version is not None, f"{parsed.name} is declared but not in {LOCK.name}"
    assert parsed.specifier.contains(version, prereleases=True), (
        f"{LOCK.name} pins {parsed.name}=={version}, outside {parsed.specifier}"
    )


def test_the_lock_pins_exact_versions_only() -> None:
    """No range, URL or editable line: the same lock installs the same packages."""
    for line in LOCK.read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            assert re.fullmatch(r"[A-Za-z0-9._-]+==[^\s;]+( ; .+)?", text), line


def test_the_test_command_installs_from_the_lock() -> None:
    """The README's test command and .ci/run install the lock, not the ranges."""
    ci = (ROOT / ".ci" / "run").read_text()
    assert "-r requirements/test.txt" in ci and "--no-deps" in ci and "pip check" in ci
    assert "'.[test]'" not in ci
