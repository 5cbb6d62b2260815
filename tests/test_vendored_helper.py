"""The vendored helper passes the host project's gates (issue 18, item 3).

Written by ``k8s-lint vendor-helper`` into a project that declares Python
3.8 and no tool settings, it is left unchanged by black and ``ruff format``
at line length 79, 88 and a length the project configures (as k8s-lint
reads it for fixes), is clean under flake8's and ruff's defaults, parses
for every Python from 3.8 on, and runs on each of those this machine has
(3.8 included, where it has it).  A project that supports an older Python
is refused.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from command import k8s_lint

from k8s_lint import config
from k8s_lint.vendor import HELPER_PYTHON

RUN = Path(__file__).with_name("run_vendored_helper.py")
HOST = '[project]\nname = "host"\nrequires-python = ">=3.8"\n'
HELPER = "host/k8s_read.py"


def host_project(root: Path, pyproject: str = HOST) -> Path:
    """A project with ``pyproject``, and the helper vendored into it."""
    (root / "host").mkdir(parents=True)
    (root / "pyproject.toml").write_text(pyproject)
    result = k8s_lint("vendor-helper", HELPER, cwd=root)
    assert result.returncode == 0, result.stderr
    return root / HELPER


@pytest.fixture(scope="module")
def helper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return host_project(tmp_path_factory.mktemp("host"))


def tool(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A check installed in the test environment, run in the host project
    (whose pyproject.toml has no settings for it: its defaults apply)."""
    command = [sys.executable, "-m", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


def formatters(path: Path, length: int) -> dict[str, list[str | Path]]:
    return {
        "black": ["black", "--check", "--diff", "--line-length", str(length), path],
        "ruff format": ["ruff", "format", "--check", "--diff", "--line-length", str(length), path],
    }


# 1. Formatters and linters at 79 and 88


@pytest.mark.parametrize("length", [79, 88])
@pytest.mark.parametrize("formatter", ["black", "ruff format"])
def test_formatters_leave_it_unchanged(helper: Path, formatter: str, length: int) -> None:
    result = tool(*formatters(helper, length)[formatter], cwd=helper.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "linter",
    [
        ("flake8", "--isolated"),  # flake8's defaults: 79 columns
        ("flake8", "--isolated", "--max-line-length", "88"),
        ("ruff", "check", "--isolated", "--target-version", "py38", "--line-length", "79"),
        ("ruff", "check", "--isolated", "--target-version", "py38"),  # 88 columns
    ],
    ids=" ".join,
)
def test_linters_with_their_defaults_find_nothing(helper: Path, linter: tuple[str, ...]) -> None:
    result = tool(*linter, helper, cwd=helper.parent.parent)
    assert result.returncode == 0, result.stdout + result.stderr


# 2. At the length the host configures


@pytest.mark.parametrize(
    ("table", "length"),
    [("black", 100), ("ruff", 120), ("isort", 99)],
)
def test_formatters_leave_it_unchanged_at_the_hosts_line_length(
    tmp_path: Path, table: str, length: int
) -> None:
    """The length is the one fixes wrap at (config.load reads it from the
    host's ruff, black or isort settings), given to both formatters."""
    key = "line_length" if table == "isort" else "line-length"
    helper = host_project(tmp_path, f"{HOST}\n[tool.{table}]\n{key} = {length}\n")
    configured = config.load(helper).line_length
    assert configured == length, "the test must check the host's length, not the default"
    for command in formatters(helper, configured).values():
        result = tool(*command, cwd=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("length", "noted"), [(72, True), (79, False), (88, False)])
def test_a_line_length_below_the_helpers_is_noted(tmp_path: Path, length: int, noted: bool) -> None:
    """Below 79 the host's formatter would rewrite the helper: vendor-helper
    says so, and which length it read."""
    (tmp_path / "host").mkdir()
    (tmp_path / "pyproject.toml").write_text(f"{HOST}\n[tool.ruff]\nline-length = {length}\n")
    result = k8s_lint("vendor-helper", HELPER, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert ("note:" in result.stderr) is noted, result.stderr
    if noted:
        assert f"project's line length ({length})" in result.stderr
        longest = max(map(len, (tmp_path / HELPER).read_text().splitlines()))
        assert longest > length and f"up to {longest} characters" in result.stderr


# 3. Python versions


@pytest.mark.parametrize("minor", range(8, sys.version_info.minor + 1))
def test_it_parses_on_each_python_from_3_8(helper: Path, minor: int) -> None:
    ast.parse(helper.read_text(), str(helper), feature_version=(3, minor))


def test_3_8_is_the_oldest_it_parses_on(helper: Path) -> None:
    """What makes the refusal below 3.8 necessary (positional-only
    parameters), so that it is not stricter than the helper needs."""
    with pytest.raises(SyntaxError, match=r"only supported in Python 3\.8"):
        ast.parse(helper.read_text(), feature_version=(3, 7))


def interpreters() -> dict[int, str]:
    """The Python 3 interpreters from 3.8 on that this machine has, by
    minor: ``python3.N`` on PATH, in pyenv's versions and in /usr/bin and
    /usr/local/bin, each one that runs and says it is 3.N (a pyenv shim for
    a version not selected fails)."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"), "versions")
    places = [*sorted(pyenv.glob("*/bin")), Path("/usr/local/bin"), Path("/usr/bin")]
    found = {sys.version_info.minor: sys.executable}
    for minor in range(8, 100):
        name = f"python3.{minor}"
        candidates = [shutil.which(name), *(str(place / name) for place in places)]
        for candidate in filter(None, candidates):
            if minor not in found and _version(candidate) == f"3.{minor}":
                found[minor] = candidate
    return found


def _version(python: str) -> str | None:
    """``major.minor`` of the interpreter at ``python``; None when it does
    not run."""
    try:
        ran = subprocess.run(
            [python, "-I", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return None
    return ran.stdout.strip() if ran.returncode == 0 else None


FOUND = interpreters()


@pytest.mark.parametrize(
    "minor",
    [
        pytest.param(
            minor,
            marks=pytest.mark.skipif(
                minor not in FOUND,
                reason=f"no Python 3.{minor} on this machine (looked for python3.{minor} "
                "on PATH, in pyenv's versions, /usr/local/bin and /usr/bin)",
            ),
        )
        for minor in range(8, max(FOUND) + 1)
    ],
    ids="3.{}".format,
)
def test_it_runs_with_the_standard_library_alone(helper: Path, minor: int) -> None:
    """Every public name, called by tests/run_vendored_helper.py on each
    Python from 3.8 on that the machine has (3.8 itself included where it
    has it), without site-packages (-S) or the environment (-I)."""
    result = subprocess.run(
        [FOUND[minor], "-I", "-S", RUN, helper], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(f"ran on 3.{minor}."), result.stdout


# 4. A project that supports an older Python


REFUSED = [
    ("pyproject.toml", HOST.replace("3.8", "3.7"), 'requires-python = ">=3.7"', "3.7"),
    (
        "pyproject.toml",
        '[tool.poetry.dependencies]\npython = "^3.6"\n',
        'python = "^3.6" in [tool.poetry.dependencies]',
        "3.6",
    ),
    ("setup.cfg", "[options]\npython_requires = >=3.6, <4\n", "python_requires = >=3.6", "3.6"),
    ("setup.py", "setup(python_requires='>=2.7')\n", "python_requires='>=2.7'", "2.7"),
]


@pytest.mark.parametrize(("file", "text", "declaration", "oldest"), REFUSED)
def test_a_project_that_supports_an_older_python_is_refused(
    tmp_path: Path, file: str, text: str, declaration: str, oldest: str
) -> None:
    (tmp_path / "host").mkdir()
    (tmp_path / file).write_text(text)
    result = k8s_lint("vendor-helper", HELPER, cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {HELPER}: the runtime helper needs Python 3.8")
    assert f"{file} " in line and declaration in line and f"admits Python {oldest};" in line
    assert not (tmp_path / HELPER).exists()


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("pyproject.toml", HOST),
        ("pyproject.toml", HOST.replace(">=3.8", ">=3.7,!=3.7.*")),  # 3.8 is the oldest
        ("pyproject.toml", '[tool.poetry.dependencies]\npython = "^3.9"\n'),
        ("setup.cfg", "[options]\npython_requires = ~=3.10\n"),
        ("pyproject.toml", '[project]\nname = "host"\n'),  # declares none
    ],
)
def test_a_project_from_3_8_on_gets_the_helper(tmp_path: Path, file: str, text: str) -> None:
    (tmp_path / "host").mkdir()
    (tmp_path / file).write_text(text)
    result = k8s_lint("vendor-helper", HELPER, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / HELPER).is_file()


def test_fix_vendor_helper_refuses_before_any_rewrite(tmp_path: Path) -> None:
    """Also with the helper there already: the fixed code would import it."""
    lookup = (
        "def lookup(batch, namespace, name):\n"
        "    jobs = batch.list_namespaced_job(namespace).items\n"
        "    return any(j.metadata.name == name for j in jobs)\n"
    )
    (tmp_path / "host").mkdir()
    (tmp_path / "host" / "jobs.py").write_text(lookup)
    (tmp_path / "pyproject.toml").write_text(HOST)
    assert k8s_lint("vendor-helper", HELPER, cwd=tmp_path).returncode == 0
    (tmp_path / "pyproject.toml").write_text(HOST.replace("3.8", "3.7"))
    result = k8s_lint("fix", "--vendor-helper", HELPER, "host", cwd=tmp_path)
    assert result.returncode == 2
    assert f"error: --vendor-helper {HELPER}: the runtime helper needs Python 3.8" in (
        result.stderr
    )
    assert (tmp_path / "host" / "jobs.py").read_text() == lookup


# 5. What the README and the docs say


@pytest.mark.parametrize("document", ["README.md", "docs/install.md"])
def test_the_readme_and_the_install_page_state_the_supported_pythons(document: str) -> None:
    """The linter's (pyproject.toml's requires-python) and the vendored
    helper's (HELPER_PYTHON, the one the tests above hold it to)."""
    root = Path(__file__).parent.parent
    text = " ".join((root / document).read_text().split())
    requires = tomllib.loads((root / "pyproject.toml").read_text())["project"]["requires-python"]
    linter = requires.removeprefix(">=")
    helper = ".".join(map(str, HELPER_PYTHON))
    assert f'itself needs Python {linter} or newer (`requires-python = "{requires}"`)' in text
    assert f"runs on Python {helper} or newer" in text
    # The tests above parse and run it from 3.8 on, as issue 18 asks.
    assert HELPER_PYTHON == (3, 8)
