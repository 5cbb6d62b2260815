"""`k8s-lint rbac`: roles that grant list but not get on what the code reads."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from command import k8s_lint

from k8s_lint.rbac import Resource, Skipped, check_manifest

JOBS = {Resource("jobs", "batch")}
PODS = {Resource("pods", "")}


def role(rules: str, kind: str = "Role", extra: str = "") -> str:
    """A role manifest; ``rules`` is a YAML list, ``extra`` more top-level keys."""
    return (
        "apiVersion: rbac.authorization.k8s.io/v1\n"
        f"kind: {kind}\n"
        "metadata: {name: runner, namespace: ci}\n"
        f"{extra}"
        "rules:\n" + textwrap.indent(textwrap.dedent(rules), "  ") + "\n"
    )


def problems(text: str, reads: set[Resource] = JOBS) -> list[str]:
    verdicts = check_manifest(Path("rbac.yaml"), text, reads)
    assert not isinstance(verdicts, Skipped)
    return [v.problem for v in verdicts]


@pytest.mark.parametrize(
    ("rules", "expected", "why"),
    [
        ("- {apiGroups: [batch], resources: [jobs], verbs: [get, list]}", [], "get and list"),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}",
            ["list-without-get"],
            "list only",
        ),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}\n"
            "- {apiGroups: [batch], resources: [jobs], verbs: [get]}",
            [],
            "rules add up",
        ),
        ("- {apiGroups: [batch], resources: [jobs], verbs: ['*']}", [], "wildcard verbs"),
        (
            "- {apiGroups: ['*'], resources: ['*'], verbs: [list]}",
            ["list-without-get"],
            "wildcards",
        ),
        ("- {apiGroups: [''], resources: [jobs], verbs: [list]}", [], "core group is not batch"),
        ("- {apiGroups: [batch], resources: [jobs/status], verbs: [list]}", [], "subresource"),
        (
            "- {apiGroups: [batch], resources: [jobs], verbs: [list]}\n"
            "- {apiGroups: [batch], resources: [jobs], verbs: [get], resourceNames: [etl]}",
            ["get-limited"],
            "resourceNames limit get: can't tell",
        ),
        ("- {apiGroups: [batch], resources: [cronjobs], verbs: [list]}", [], "another resource"),
    ],
)
def test_rules(rules: str, expected: list[str], why: str) -> None:
    assert problems(role(rules)) == expected, why


def test_core_group_and_cluster_roles() -> None:
    text = role("- {apiGroups: [''], resources: [pods], verbs: [list]}", kind="ClusterRole")
    assert problems(text, PODS) == ["list-without-get"]


def test_aggregated_cluster_role_cannot_be_told() -> None:
    extra = "aggregationRule:\n  clusterRoleSelectors: [{matchLabels: {team: ci}}]\n"
    assert problems(role("[]", kind="ClusterRole", extra=extra)) == ["aggregated"]


def test_multi_document_files_and_lists() -> None:
    listed = role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    as_item = "  - " + listed.replace("\n", "\n    ").rstrip() + "\n"
    text = (
        "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa}\n---\n"
        + listed
        + "---\napiVersion: v1\nkind: List\nitems:\n"
        + as_item
    )
    verdicts = check_manifest(Path("rbac.yaml"), text, JOBS)
    assert not isinstance(verdicts, Skipped)
    assert [v.line for v in verdicts] == [5, 11]  # the role, and the List holding one


def test_helm_templates_are_skipped_not_parsed() -> None:
    text = role("- {apiGroups: [batch], resources: [jobs], verbs: [{{ .Values.verbs }}]}")
    assert isinstance(check_manifest(Path("t.yaml"), text, JOBS), Skipped)


def test_examples_tree_reported_then_clean_once_get_is_granted(tmp_path: Path) -> None:
    shutil.copytree(Path(__file__).parent.parent / "examples", tmp_path / "examples")
    before = k8s_lint("rbac", "examples", cwd=tmp_path)
    assert before.returncode == 1
    assert "KUB100 Role jobs/scheduler-jobs grants list on jobs.batch but not get" in before.stdout
    manifest = tmp_path / "examples" / "deploy" / "rbac.yaml"
    manifest.write_text(manifest.read_text().replace('verbs: ["list",', 'verbs: ["get", "list",'))
    after = k8s_lint("rbac", "examples", cwd=tmp_path)
    assert (after.returncode, after.stdout) == (0, "")


def test_formats_invalid_yaml_and_templates(tmp_path: Path) -> None:
    (tmp_path / "jobs.py").write_text(
        "def f(batch, ns, n):\n    return batch.read_namespaced_job(n, ns)\n"
    )
    (tmp_path / "role.yaml").write_text(
        role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    )
    (tmp_path / "broken.yaml").write_text("kind: Role\nrules: [unclosed\n")
    (tmp_path / "chart.yaml").write_text("kind: Role\nmetadata: {name: {{ .Release.Name }}}\n")
    text = k8s_lint("rbac", ".", cwd=tmp_path)
    assert text.returncode == 2, "invalid YAML: the run goes on but is incomplete"
    assert "role.yaml:1:1: KUB100" in text.stdout
    assert "error: broken.yaml: cannot read RBAC manifest" in text.stderr
    assert "note: skipped chart.yaml: a template" in text.stderr
    for output_format in ("json", "sarif", "github"):
        result = k8s_lint("rbac", "--output-format", output_format, ".", cwd=tmp_path)
        assert result.returncode == 2 and "KUB100" in result.stdout
        assert "broken.yaml" in result.stdout
    items = json.loads(k8s_lint("rbac", "--output-format", "json", ".", cwd=tmp_path).stdout)
    assert [i["code"] for i in items] == ["KUB100", None]


def test_fix_ends_with_the_rbac_verdict(tmp_path: Path) -> None:
    from corpus_cases import fixed

    (tmp_path / "pyproject.toml").write_text("[tool.k8s-lint]\n")
    (tmp_path / "jobs.py").write_text(fixed("any").before)
    (tmp_path / "role.yaml").write_text(
        role("- {apiGroups: [batch], resources: [jobs], verbs: [list]}")
    )
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert (
        "RBAC: " in result.stderr
        and "role.yaml:1: Role ci/runner grants list on jobs.batch" in result.stderr
    )


JOBS_CODE = "def f(batch, ns, n):\n    return batch.read_namespaced_job(n, ns)\n"
LIST_ONLY = "- {apiGroups: [batch], resources: [jobs], verbs: [list]}"
MKDOCS = """\
site_name: docs
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
nav:
  - "RBAC (kind: Role)": rbac.md
"""


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_yaml_that_is_not_a_kubernetes_object_is_skipped_quietly(tmp_path: Path) -> None:
    """mkdocs' python tags, pre-commit's config, a role-less broken file: none is a
    manifest, none stops the run (it exited 2 on the mkdocs tag)."""
    tree(
        tmp_path,
        {
            "jobs.py": JOBS_CODE,
            "mkdocs.yml": MKDOCS,
            ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\n",
            "crd.yaml": "kind: CustomResourceDefinition\nspec: [unclosed\n",
            "deploy/role.yaml": role(LIST_ONLY) + "---\n" + MKDOCS,
        },
    )
    result = k8s_lint("rbac", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("deploy/role.yaml:1:1: KUB100 Role ci/runner")
    assert len(result.stdout.splitlines()) == 1
    for quiet in ("mkdocs", "pre-commit", "crd", "error"):
        assert quiet not in result.stderr


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (role(LIST_ONLY), True),
        ("items: [{kind: ClusterRole, apiVersion: v1}]\n", True),
        ('{"kind": "List", "items": []}\n', True),
        ("kind:\n  Role\n", True),
        ("apiVersion: v1\nkind: RoleBinding\n", False),
        ("kind: CustomResourceDefinition\nspec:\n" + "  x: {type: string}\n" * 50_000, False),
        (MKDOCS.replace("kind: Role", "roles"), False),
    ],
)
def test_the_text_test_reads_only_what_can_hold_a_role(
    tmp_path: Path, text: str, read: bool
) -> None:
    from k8s_lint.rbac import read_manifest

    (tmp_path / "m.yaml").write_text(text)
    assert (read_manifest(tmp_path / "m.yaml") is not None) is read


def test_excludes_hold_as_in_check(tmp_path: Path) -> None:
    """.gitignore and the configured exclude hide manifests as they hide code."""
    tree(
        tmp_path,
        {
            "pyproject.toml": '[tool.k8s-lint]\nexclude = ["generated/"]\n',
            ".gitignore": "vendor/\n",
            "jobs.py": JOBS_CODE,
            "vendor/role.yaml": role(LIST_ONLY),
            "generated/role.yaml": role(LIST_ONLY),
            "deploy/role.yaml": role(LIST_ONLY),
        },
    )
    result = k8s_lint("rbac", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["deploy/role.yaml"]


def test_paths_are_spelt_as_the_named_path_is(tmp_path: Path) -> None:
    """As check spells the files it reports: an absolute path gives absolute
    paths, whatever the current folder (issue 16), and a relative one
    relative paths."""
    tree(tmp_path, {"jobs.py": JOBS_CODE, "deploy/role.yaml": role(LIST_ONLY)})
    absolute = k8s_lint("rbac", tmp_path.resolve(), cwd=tmp_path)
    assert absolute.stdout.startswith(f"{tmp_path.resolve()}/deploy/role.yaml:1:1: KUB100")
    relative = k8s_lint("rbac", ".", cwd=tmp_path)
    assert relative.stdout.startswith("deploy/role.yaml:1:1: KUB100"), relative.stdout


def test_manifests_alone_say_the_code_is_needed_too(tmp_path: Path) -> None:
    tree(tmp_path, {"src/jobs.py": JOBS_CODE, "deploy/role.yaml": role(LIST_ONLY)})
    alone = k8s_lint("rbac", "deploy", cwd=tmp_path)
    assert alone.returncode == 0
    assert "no Python files here" in alone.stderr and "name the code too" in alone.stderr
    both = k8s_lint("rbac", "src", "deploy", cwd=tmp_path)
    assert both.returncode == 1 and "name the code too" not in both.stderr


def test_fix_verdict_reads_roles_only_and_honours_excludes(tmp_path: Path) -> None:
    from corpus_cases import fixed

    tree(
        tmp_path,
        {
            "pyproject.toml": "[tool.k8s-lint]\n",
            ".gitignore": "vendor/\n",
            "jobs.py": fixed("any").before,
            "vendor/role.yaml": role(LIST_ONLY),
            "mkdocs.yml": MKDOCS.replace("kind: Role", "roles"),
            "deploy/role.yaml": role("- {apiGroups: [batch], resources: [jobs], verbs: [get]}"),
        },
    )
    result = k8s_lint("fix", "jobs.py", cwd=tmp_path)
    assert "RBAC: no role in the 1 manifest found lists without get." in result.stderr


@pytest.mark.parametrize(
    ("select", "code", "said"),
    [
        ("KUB100", 2, "error: KUB100 is reported by `k8s-lint rbac PATH`"),
        ("KUB001,KUB100", 1, "warning: KUB100 is reported by `k8s-lint rbac PATH`"),
        ("KUB", 1, None),
    ],
)
def test_check_select_kub100_points_at_rbac(
    tmp_path: Path, select: str, code: int, said: str | None
) -> None:
    """KUB100 reads manifests: `check --select KUB100` used to exit 0 in silence."""
    from corpus_cases import fixed

    tree(tmp_path, {"jobs.py": fixed("any").before, "role.yaml": role(LIST_ONLY)})
    result = k8s_lint("check", "--select", select, ".", cwd=tmp_path)
    assert result.returncode == code, result.stderr
    if said is None:
        assert "KUB100" not in result.stderr
    else:
        assert said in result.stderr


def test_kub100_is_documented_as_one_thing_everywhere() -> None:
    """No code fix: the rule docs, its JSON, SARIF and the docs' rules table agree."""
    from k8s_lint.report import sarif
    from k8s_lint.rules import KUB100, markdown_table

    docs = k8s_lint("rule", "KUB100").stdout
    assert "Fix is not available" in docs and "sometimes" not in docs
    assert KUB100.as_json()["fix_applicability"] is None
    [row] = [line for line in markdown_table().splitlines() if line.startswith("| [KUB100](")]
    assert "| none (by hand) |" in row
    rules = json.loads(sarif([]))["runs"][0]["tool"]["driver"]["rules"]
    [rule] = [r for r in rules if r["id"] == "KUB100"]
    assert rule["properties"] == {"fix": "none"}


def test_rbac_cost_benchmark_runs() -> None:
    """benchmarks/rbac_cost.py still runs (a tiny tree; figures are its business)."""
    import subprocess
    import sys

    script = Path(__file__).parent.parent / "benchmarks" / "rbac_cost.py"
    result = subprocess.run(
        [sys.executable, str(script), "--yaml-files", "15", "--crds", "1", "--crd-kb", "4",
         "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "| k8s-lint rbac . | " in result.stdout and "RBAC verdict adds" in result.stdout
