"""The oldest Python a project declares: PEP 440 specifiers and Poetry's
constraints, read from the project's files in the order its build uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from k8s_lint.requires_python import Declared, declared, oldest

# Each specifier with the lowest major.minor some version of which meets it,
# by PEP 440's rules (or Poetry's, for ^, ~, a bare version and ||).
SPECIFIERS = [
    (">=3.8", (3, 8)),
    (">= 3.9, <4", (3, 9)),
    (">3.7", (3, 7)),  # 3.7.1 is greater than 3.7
    (">3.7.0,<3.7.1", None),  # nothing between
    ("~=3.9", (3, 9)),
    ("~=3.8.1", (3, 8)),
    ("==3.10.*", (3, 10)),
    ("==3.10", (3, 10)),
    (">=3.7,!=3.7.*", (3, 8)),
    (">=3.7.2,!=3.7.2,!=3.7.3", (3, 7)),  # 3.7.4
    ("!=3.8", (2, 7)),  # no lower bound at all
    ("<4", (2, 7)),
    (">=3.8.0rc1", (3, 8)),
    ("^3.7", (3, 7)),
    ("~3.9", (3, 9)),
    ("3.8.*", (3, 8)),
    (">=3.7 <4", (3, 7)),
    ("^2.7 || ^3.6", (2, 7)),
    ("^3.10 || ^3.8", (3, 8)),
    ("*", (2, 7)),
    (">=4", None),  # no Python 2 or 3
    (">=3.8.*", None),  # a wildcard only goes with == and !=
    ("python3", None),
]


@pytest.mark.parametrize(("specifier", "expected"), SPECIFIERS)
def test_the_oldest_python_a_specifier_admits(
    specifier: str, expected: tuple[int, int] | None
) -> None:
    assert oldest(specifier) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "pyproject.toml": '[project]\nrequires-python = ">=3.9"\n',
                "setup.cfg": "[options]\npython_requires = >=3.6\n",
            },
            Declared((3, 9), 'pyproject.toml sets requires-python = ">=3.9"'),
        ),
        (
            {"pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.10"\n'},
            Declared((3, 10), 'pyproject.toml sets python = "^3.10" in [tool.poetry.dependencies]'),
        ),
        (
            {
                "pyproject.toml": "[build-system]\n",
                "setup.cfg": "[options]\npython_requires = >=3.6\n",
                "setup.py": "setup(python_requires='>=3.9')\n",
            },
            Declared((3, 6), "setup.cfg sets python_requires = >=3.6"),
        ),
        (
            {"setup.py": 'setup(\n    python_requires = ">=3.9",\n)\n'},
            Declared((3, 9), 'setup.py passes python_requires = ">=3.9"'),
        ),
        ({"pyproject.toml": '[project]\nname = "x"\n'}, None),
        ({"pyproject.toml": "not toml ["}, None),
        ({"setup.cfg": "[options\n"}, None),
        ({"pyproject.toml": '[project]\nrequires-python = "three"\n'}, None),
    ],
)
def test_the_first_file_that_declares_one_says(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    expected: Declared | None,
) -> None:
    """Named as the root is spelt: from the project's folder, by file name."""
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    assert declared(Path(".")) == expected
