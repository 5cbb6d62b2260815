"""Which files a run covers: ruff's directory excludes, configured patterns and
.gitignore files, each applying from its own directory down."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from k8s_lint.files import Excluder, python_files


def make(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def walked(root: Path, start: str = ".", exclude: tuple[str, ...] = ()) -> list[str]:
    """The files a walk from ``start`` yields, relative to ``root``."""
    cwd = Path.cwd()
    os.chdir(root)
    try:
        return [p.as_posix() for p in python_files([Path(start)], Excluder(root, exclude))]
    finally:
        os.chdir(cwd)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    make(
        tmp_path,
        {
            ".gitignore": "build/\n*_pb2.py\n/top_only.py\n",
            "top_only.py": "",
            "app/top_only.py": "",
            "app/main.py": "",
            "app/api_pb2.py": "",
            "app/notes.txt": "",
            "app/stub.pyi": "",
            "build/gen.py": "",
            "lib/.gitignore": "cache/\nlocal_*.py\n!local_keep.py\n",
            "lib/local_tmp.py": "",
            "lib/local_keep.py": "",
            "lib/cache/c.py": "",
            "lib/sub/local_x.py": "",
            "lib/sub/ok.py": "",
            "other/local_tmp.py": "",
            ".venv/x.py": "",
            "node_modules/y.py": "",
            "vendored/v.py": "",
        },
    )
    return tmp_path


def test_a_walk_applies_every_gitignore_from_its_own_directory_down(tree: Path) -> None:
    assert walked(tree) == [
        "app/main.py",
        "app/stub.pyi",
        "app/top_only.py",  # "/top_only.py" is anchored to the root's .gitignore
        "lib/local_keep.py",  # negated in lib/.gitignore
        "lib/sub/ok.py",  # lib/.gitignore's local_*.py also matches lib/sub/local_x.py
        "other/local_tmp.py",  # lib/.gitignore does not reach other/
        "vendored/v.py",
    ]


def test_configured_patterns_are_relative_to_the_project_root(tree: Path) -> None:
    assert "vendored/v.py" not in walked(tree, exclude=("vendored/",))
    assert walked(tree, "lib", exclude=("lib/sub/",)) == ["lib/local_keep.py"]


def test_a_named_directory_is_walked_despite_the_gitignore_above_it(tree: Path) -> None:
    assert walked(tree, "build") == ["build/gen.py"]
    assert walked(tree, "lib/cache") == ["lib/cache/c.py"]
    # ...but the .gitignore files inside it still apply
    assert walked(tree, "lib") == ["lib/local_keep.py", "lib/sub/ok.py"]


def test_a_walk_from_an_absolute_path_yields_absolute_paths(tree: Path) -> None:
    assert walked(tree, str(tree / "app")) == [
        f"{tree.as_posix()}/app/main.py",
        f"{tree.as_posix()}/app/stub.pyi",
        f"{tree.as_posix()}/app/top_only.py",
    ]


def test_a_symlink_loop_cannot_trap_the_walk(tree: Path) -> None:
    (tree / "app" / "loop").symlink_to(tree / "app", target_is_directory=True)
    assert walked(tree, "app") == ["app/main.py", "app/stub.pyi", "app/top_only.py"]


def test_a_file_reached_twice_comes_once_under_its_first_name(tree: Path) -> None:
    """Through a symlink, a hard link, or named and inside a named directory:
    the walk's inodes (from the directory listing) and a named file's stat
    agree."""
    (tree / "app" / "z_link.py").symlink_to(tree / "app" / "main.py")
    os.link(tree / "app" / "stub.pyi", tree / "app" / "z_hard.pyi")
    cwd = Path.cwd()
    os.chdir(tree)
    try:
        named = [Path("app/main.py"), Path("app")]
        found = [p.as_posix() for p in python_files(named, Excluder(tree, ()))]
    finally:
        os.chdir(cwd)
    assert found == ["app/main.py", "app/stub.pyi", "app/top_only.py"]


def test_gitignore_comments_alone_exclude_nothing(tmp_path: Path) -> None:
    make(tmp_path, {".gitignore": "# generated\n\n", "a.py": "", " #b.py": ""})
    (tmp_path / "c.py").write_text("")
    assert walked(tmp_path) == [" #b.py", "a.py", "c.py"]


def test_a_named_directory_is_walked_despite_a_configured_exclude(tree: Path) -> None:
    assert walked(tree, "vendored", exclude=("vendored/",)) == ["vendored/v.py"]


@pytest.mark.parametrize(
    ("path", "excluded"),
    [
        ("app/main.py", False),
        ("app/api_pb2.py", True),  # root .gitignore
        ("lib/sub/local_x.py", True),  # lib/.gitignore
        ("build/gen.py", True),  # below an ignored directory
        ("build", True),
        (".venv/x.py", True),  # below one of ruff's default excludes
        ("vendored/v.py", True),  # configured
    ],
)
def test_force_exclude_applies_every_rule_to_a_named_path(
    tree: Path, path: str, excluded: bool
) -> None:
    assert Excluder(tree, ["vendored/"]).excluded(tree / path) is excluded
